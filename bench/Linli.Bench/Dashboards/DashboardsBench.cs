using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Text;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Activities.Attendance;
using Linli.Web.Modules.Dashboards.Facts;
using Linli.Web.Modules.Volunteers;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Issue 25's district: 1,000,000 residents in 10 communities under 2 streets, 5,000,000 check-ins at 21,600 activities
/// over the last three years, 200,000 visits, 100,000 volunteer service records. The district's year with its streets,
/// a street's year with its communities, a community's month with its compounds — every figure of the catalogue, over
/// HTTP as the page asks — and a month's report kept and written as Excel. Results: bench/results/dashboards.md.
/// </summary>
internal static class DashboardsBench
{
    private const int Communities = 10, Streets = 2, ResidentsPerCommunity = 100_000, Months = 36, ActivitiesPerMonth = 60, CheckIns = 5_000_000,
        Visits = 200_000, VolunteersPerCommunity = 1_000, ServiceRecords = 100_000, Iterations = 10, SlowIterations = 5;

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Dashboards benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh dashboards` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. A district of {Communities * ResidentsPerCommunity:N0} residents in {Communities} communities (40,000 flats each, in four compounds) under {Streets} streets; {Communities * Months * ActivitiesPerMonth:N0} activities over the last {Months} months with {CheckIns:N0} check-ins (their tallies recounted), {Visits:N0} visits, {Communities * VolunteersPerCommunity:N0} volunteers with {ServiceRecords:N0} service records; then the facts kept as the scheduler keeps them (the month facts of ten years, the counts of today, the regions' figures that do not add up and the compounds' figures by home, timed). Measured over HTTP, every figure of the catalogue (what the dashboard page asks): `GET /api/v1/dashboards/figures` for the district's last full year with its streets as the district officer, its month so far, a street's year with its communities, and, as a community's staff, its last full month with its compounds (counted by home), its month so far, and a compound's month with its buildings (counted from the records); and a month's report kept and written as Excel (`GET /api/v1/dashboards/report?format=xlsx`, a month not kept before each run). Targets (issue 25): the district's year p95 ≤ 200 ms, a community's month p95 ≤ 50 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("dashboards.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var seeding = Stopwatch.StartNew();
        var communities = await SeedAsync(host);
        var seeded = seeding.Elapsed;
        Console.WriteLine($"  seeded in {seeded.TotalSeconds:F0} s");
        var keeping = Stopwatch.StartNew();
        var monthsKept = 0;
        // What the scheduler does hourly, run until nothing is due: ten years of months, three of them with records.
        while (await host.AsSystemAsync(async sp => await sp.GetRequiredService<FactKeeper>().RunDueAsync(CancellationToken.None)) is > 0 and var done) monthsKept += done;
        var kept = keeping.Elapsed;
        Console.WriteLine($"  {monthsKept} months' facts kept in {kept.TotalSeconds:F0} s");
        var district = int.Parse(communities[0].Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
        var street = int.Parse(communities[0].Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        var admin = await ActivitiesBench.SignInAsync(host);
        await BenchApi.UserAsync(admin, "districtbench", "DistrictOfficer", district);
        await BenchApi.UserAsync(admin, "communitybench", "CommunityStaff", communities[0].Id);
        var districtOfficer = await BenchApi.TokenAsync(host, "districtbench");
        var staff = await BenchApi.TokenAsync(host, "communitybench");

        var year = Today.Year - 1;
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var yearQuery = $"from={year}-01-01&to={year}-12-31";
        var monthQuery = $"from={lastMonth:yyyy-MM-dd}&to={lastMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
        var figures = await districtOfficer.GetStringAsync($"/api/v1/dashboards/figures?regionId={district}&{yearQuery}");
        await EachFigureAsync(districtOfficer, $"regionId={district}&{yearQuery}", staff, $"regionId={communities[0].Id}&{monthQuery}");
        var reportMonth = 1;
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync($"the district's year with its {Streets} streets", Iterations,
                async () => (await districtOfficer.GetAsync($"/api/v1/dashboards/figures?regionId={district}&{yearQuery}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the district's month so far with its {Streets} streets (the page's first view: the running month counted from the records)", Iterations,
                async () => (await districtOfficer.GetAsync($"/api/v1/dashboards/figures?regionId={district}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a street's year with its {Communities / Streets} communities", Iterations,
                async () => (await districtOfficer.GetAsync($"/api/v1/dashboards/figures?regionId={street}&{yearQuery}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("a community's month with its 4 compounds (by home)", SlowIterations,
                async () => (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={communities[0].Id}&{monthQuery}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("a community's month, the period figures alone (no today's counts)", SlowIterations,
                async () => (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={communities[0].Id}&{monthQuery}&figures=activitiesHeld,personTimes,uniquePeople,visits,volunteerServices,volunteerHours"))
                    .EnsureSuccessStatusCode()),
            await Measure.RunAsync("a community's month so far with its 4 compounds (the running month by home counted from the records)", SlowIterations,
                async () => (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={communities[0].Id}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a compound's month with its {ResidentsSeed.BuildingsPerCompound} buildings (by home, counted from the records)", SlowIterations,
                async () => (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={communities[0].CompoundId}&{monthQuery}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("a community's monthly report kept and written (Excel)", SlowIterations,
                async () => (await staff.GetAsync($"/api/v1/dashboards/report?regionId={communities[0].Id}&month={lastMonth.AddMonths(-reportMonth++):yyyy-MM}&format=xlsx"))
                    .EnsureSuccessStatusCode()),
        };
        var personTimes = System.Text.Json.JsonDocument.Parse(figures).RootElement.GetProperty("figures").GetProperty("personTimes").GetDecimal();
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Seeded in {seeded.TotalSeconds:F0} s; the facts of {monthsKept} months and today's counts kept in {kept.TotalSeconds:F0} s (the scheduler's runs, back to back). The district's {year}: {personTimes:N0} person-times.")
            .AppendLine()
            .Table(results)
            .AppendLine();
    }

    /// <summary>Each figure alone, once, for the district's year and the community's month with its compounds: where the time goes (console only).</summary>
    private static async Task EachFigureAsync(HttpClient district, string districtQuery, HttpClient community, string communityQuery)
    {
        using var catalogue = System.Text.Json.JsonDocument.Parse(await district.GetStringAsync("/api/v1/dashboards/catalogue"));
        foreach (var key in catalogue.RootElement.EnumerateArray().Select(f => f.GetProperty("key").GetString()))
        {
            var timer = Stopwatch.StartNew();
            (await district.GetAsync($"/api/v1/dashboards/figures?{districtQuery}&figures={key}")).EnsureSuccessStatusCode();
            var year = timer.Elapsed.TotalMilliseconds;
            timer.Restart();
            (await community.GetAsync($"/api/v1/dashboards/figures?{communityQuery}&figures={key}")).EnsureSuccessStatusCode();
            Console.WriteLine($"    {key,-20} district year {year,8:F0} ms   community month {timer.Elapsed.TotalMilliseconds,8:F0} ms");
        }
    }

    /// <summary>The tree and residents (as the residents benchmark seeds them), then each community's activities, check-ins, visits, volunteers and records.</summary>
    private static async Task<IReadOnlyList<SeededCommunity>> SeedAsync(BenchHost host)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        var seed = new ResidentsSeed(connection, host.IsPostgres, host.Service<FieldEncryptor>());
        var communities = await seed.TreeAsync(Communities, Streets);
        var firstResident = new Dictionary<int, int>();
        for (var c = 0; c < Communities; c++)
        {
            var (maxResident, maxHousehold) = await ResidentsBench.MaxIdsAsync(connection);
            firstResident[communities[c].Id] = maxResident + 1;
            await seed.ResidentsAsync(communities[c], new SyntheticPeople(c, Today), ResidentsPerCommunity, maxResident + 1, maxHousehold);
        }
        await ResidentsBench.AnalyzeAsync(connection, host.IsPostgres);
        foreach (var community in communities)
            await host.AsSystemAsync(async sp => await ActivityAsync(sp, community.Id, firstResident[community.Id]));
        await ResidentsBench.AnalyzeAsync(connection, host.IsPostgres);
        return communities;
    }

    private static async Task<int> ActivityAsync(IServiceProvider services, int communityId, int firstResident)
    {
        var db = services.GetRequiredService<LinliDb>();
        var now = DateTime.UtcNow;
        var random = new Random(communityId);
        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-Months);
        var activities = new List<Activity>();
        for (var m = 0; m < Months; m++)
            for (var a = 0; a < ActivitiesPerMonth; a++)
            {
                var at = ChinaTime.ToUtc(start.AddMonths(m).AddDays(a % 28).ToDateTime(new TimeOnly(9 + a % 8, 0)));
                activities.Add(new Activity(communityId, $"活动{m}-{a}", null, null, at, at.AddHours(2), 400, ActivityStatus.Finished, null, true, now));
            }
        db.AddRange(activities);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var perCommunity = CheckIns / Communities;
        var checkIns = new List<CheckIn>(perCommunity);
        for (var i = 0; i < activities.Count; i++)
        {
            var count = perCommunity / activities.Count + (i < perCommunity % activities.Count ? 1 : 0);
            var offset = random.Next(ResidentsPerCommunity);
            for (var k = 0; k < count; k++) checkIns.Add(new CheckIn(activities[i], firstResident + (offset + k * 37) % ResidentsPerCommunity, walkIn: true, "bench", activities[i].StartsAt));
        }
        var visitRows = Visits / Communities;
        var servicePerCommunity = ServiceRecords / Communities;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new BulkInserter<CheckIn>(db).InsertAsync(checkIns, CancellationToken.None);
            var visits = new BulkInsert(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "residents_visits",
                ["ResidentId", "CommunityId", "On", "Kind", "Visitor", "Findings", "RecordedBy", "CreatedAt"], db.Database.IsNpgsql());
            for (var v = 0; v < visitRows; v++)
                await visits.AddAsync(firstResident + random.Next(ResidentsPerCommunity), communityId, start.AddDays(random.Next(Months * 30)), "HomeVisit", "社工", "身体尚好。", "bench", now);
            await visits.FlushAsync();
            var volunteers = Enumerable.Range(0, VolunteersPerCommunity).Select(v => new Volunteer(communityId, firstResident + v * 97 % ResidentsPerCommunity, "", "", "bench", now)).ToList();
            await new BulkInserter<Volunteer>(db).InsertAsync(volunteers, CancellationToken.None);
            var records = Enumerable.Range(0, servicePerCommunity).Select(r =>
            {
                var date = start.AddDays(random.Next(Months * 30));
                return new ServiceRecord(volunteers[r % volunteers.Count], "社区服务", date, "活动室", "协助活动", 2m, "社区", "社工", date, "bench", now);
            }).ToList();
            await new BulkInserter<ServiceRecord>(db).InsertAsync(records, CancellationToken.None);
            await transaction.CommitAsync();
        }
        await services.GetRequiredService<AttendanceTallies>().RecountAsync(communityId, CancellationToken.None);
        return activities.Count;
    }
}
