using System.Globalization;

// Linli's benchmarks. See bench/README.md for what each measures and the command that runs it.
//   foundation [units]        scoped region queries and the audit log (SQLite)
//   residents [postgres-cs]   resident import of 100,000 rows and list queries at 1,000,000 residents,
//                             on SQLite, and on PostgreSQL when a connection string is given
//   activities [postgres-cs]  the sign-up rush over HTTP beside the direct transaction, and attendance figures
//   points [postgres-cs]      the redemption rush over HTTP, and the monthly statement at 1,000,000 ledger entries
//   surveys [postgres-cs]     a 3,000-household, 20-question survey's results page, API results and a cross-tab
//   assemblies [postgres-cs]  an assembly of 5,000 owners (ballots, the count) and a 10,000-vote contest rush
//   disclosure [postgres-cs]  a 100,000-entry ledger's public page and its whole chain verified
//   deliberation [postgres-cs]  the overdue action list of a street of 30 communities, 50,000 items
//   mediation [postgres-cs]     a street's 50,000 mediation cases (list, open, counts) and a public micro-renewal page
//   care [postgres-cs]          a community's 20,000 cases, 100,000 requests and 300,000 health measurements
//   grants [postgres-cs]        seed 002's batch ×10: 450 projects, 4,000 activities, 890,000 check-ins
//   dashboards [postgres-cs]    a district of 1,000,000 residents and 5,000,000 check-ins: figures by year, month, and a monthly report
//   hosts postgres-cs [restart-command]
//                             two hosts behind nginx: the sign-up rush against one host, a host killed with kill -9
//                             mid-rush, and the database restarted mid-rush by the command given
var benchmark = args.Length > 0 ? args[0] : "foundation";
switch (benchmark)
{
    case "foundation":
        await FoundationBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000);
        break;
    case "residents":
        await ResidentsBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "activities":
        await ActivitiesBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "rush-client":
        // The activities benchmark's HTTP clients, started by it in a process of their own.
        await RushClient.ServeAsync(args[1], args[2], args[3]);
        break;
    case "points":
        await PointsBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "surveys":
        await SurveysBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "assemblies":
        await AssembliesBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "disclosure":
        await DisclosureBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "deliberation":
        await DeliberationBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "mediation":
        await MediationBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "grants":
        await GrantsBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "care":
        await CareBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "stations":
        await StationsBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "dashboards":
        await DashboardsBench.RunAsync(args.Length > 1 ? args[1] : null);
        break;
    case "hosts":
        await HostsBench.RunAsync(args[1], args.Length > 2 ? args[2] : null);
        break;
    default:
        Console.Error.WriteLine($"unknown benchmark '{benchmark}': foundation, residents, activities, points, surveys, assemblies, disclosure, deliberation, mediation, care, grants, stations, dashboards or hosts");
        return 2;
}
return 0;
