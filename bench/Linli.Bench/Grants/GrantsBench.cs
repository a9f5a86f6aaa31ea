using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Activities.Attendance;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Casebook;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Modules.Partners;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Seed 002's 2019 batch at ten times its scale: 450 projects, 4,000 held activities, 890,000 check-ins by 20,000
/// residents, 80,000 satisfaction forms. The program summary, one project's indicators, a monthly report pre-filled
/// from the month's records (one new report each run), one project's three-level evaluation and the book of twenty
/// cases in Word, over HTTP. Results: bench/results/grants.md.
/// </summary>
internal static class GrantsBench
{
    private const int Residents = 20_000, Projects = 450, Activities = 4_000, CheckIns = 890_000, RatingsPerActivity = 20, Cases = 20, Iterations = 100,
        BookIterations = 20;

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Grants benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh grants` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. Seed 002's batch ×10: one program of {Projects} awarded projects, {Activities:N0} held activities over the last two years (about nine per project) with {CheckIns:N0} check-ins by {Residents:N0} residents (about 222 per activity). Every project promises services, person-times, distinct people and satisfaction ({RatingsPerActivity} satisfaction forms per activity); every tenth also households. Measured over HTTP as the platform administrator, {Iterations} runs each: the program summary (`GET /api/v1/grants/programs/{{id}}/summary`: projects, communities, awarded, spent, services and person-times summed from the activities, month by month, each indicator's attainment across the projects, late milestones and reports), one project's indicators (`GET /api/v1/grants/projects/{{id}}/indicators`: services, person-times, distinct people over its ~2,000 check-ins and their households, volunteers and hours, health records, ratings, attainment), a monthly report pre-filled from the records (`POST /api/v1/grants/projects/{{id}}/reports`, a different project each run), one project's evaluation at three levels (`GET /api/v1/grants/projects/{{id}}/evaluation`), and — {BookIterations} runs — the program's book of {Cases} selected cases as Word (`GET /api/v1/grants/programs/{{id}}/casebook.docx`: cover, contents, each case's figures from the records). Targets: summary, indicators and evaluation p95 ≤ 100 ms, pre-filling a report p95 ≤ 200 ms, the book p95 ≤ 2,000 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("grants.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var admin = await ActivitiesBench.SignInAsync(host);
        var (community, residents) = await ResidentsAsync(host);
        var (program, projects, month) = await SeedAsync(host, community, residents);
        // What the scheduler does every hour: recompute every running project's kept figures, which the dashboard's attainment reads.
        var refresh = System.Diagnostics.Stopwatch.StartNew();
        await host.AsSystemAsync(sp => sp.GetRequiredService<ProjectFiguresRefresh>().RunDueAsync(CancellationToken.None));
        refresh.Stop();

        var summary = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/grants/programs/{program}/summary");
        var indicators = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/grants/projects/{projects[0]}/indicators");
        var next = 0;
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync($"the program summary ({Projects} projects, {Activities:N0} activities, {CheckIns:N0} check-ins)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/grants/programs/{program}/summary")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"one project's indicators ({indicators.GetProperty("personTimes").GetInt32():N0} check-ins, people and households counted)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/grants/projects/{projects[0]}/indicators")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("a monthly report pre-filled from the month's records", Iterations,
                async () => (await admin.PostAsJsonAsync($"/api/v1/grants/projects/{projects[next++ % projects.Count]}/reports",
                    new { month, narrative = "本月按计划推进。" })).EnsureSuccessStatusCode()),
            await Measure.RunAsync("one project's evaluation at three levels", Iterations,
                async () => (await admin.GetAsync($"/api/v1/grants/projects/{projects[0]}/evaluation")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the book of {Cases} cases (Word)", BookIterations,
                async () => (await admin.GetAsync($"/api/v1/grants/programs/{program}/casebook.docx")).EnsureSuccessStatusCode()),
        };
        var right = summary.GetProperty("projects").GetInt32() == Projects && summary.GetProperty("services").GetInt32() == Activities
            && summary.GetProperty("personTimes").GetInt32() == CheckIns;
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The summary counts {summary.GetProperty("projects").GetInt32()} projects, {summary.GetProperty("services").GetInt32():N0} services and {summary.GetProperty("personTimes").GetInt32():N0} person-times — every activity and check-in seeded: {(right ? "yes" : "**NO**")}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The scheduler's refresh of the {Projects} projects' kept figures (distinct people, households, volunteers, hours, health records, satisfaction; read by the summary's attainment) took {refresh.Elapsed.TotalSeconds:0.0} s, once, before the runs.")
            .AppendLine()
            .Table(results)
            .AppendLine();
        if (!right) throw new InvalidOperationException($"{provider}: summary {summary}");
    }

    private static async Task<(SeededCommunity Community, IReadOnlyList<int> Residents)> ResidentsAsync(BenchHost host)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        var seed = new ResidentsSeed(connection, host.IsPostgres, host.Service<FieldEncryptor>());
        var community = (await seed.TreeAsync(1))[0];
        await seed.ResidentsAsync(community, new SyntheticPeople(2, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))), Residents, 1, 0);
        var ids = await host.AsSystemAsync(sp => sp.GetRequiredService<LinliDb>().Set<Linli.Web.Modules.Residents.Resident>().Select(r => r.Id).OrderBy(id => id).ToListAsync());
        return (community, ids);
    }

    /// <summary>The program, its awarded projects, their activities over the last two years and the check-ins; returns a month every project can report.</summary>
    private static Task<(int Program, IReadOnlyList<int> Projects, string Month)> SeedAsync(BenchHost host, SeededCommunity community, IReadOnlyList<int> residents) =>
        host.AsSystemAsync<(int, IReadOnlyList<int>, string)>(async sp =>
        {
            var db = sp.GetRequiredService<LinliDb>();
            var now = DateTime.UtcNow;
            var district = int.Parse(community.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
            var districtPath = $"/{district}/";
            var partner = new Partner(district, districtPath, "朗力社工中心", PartnerKind.SocialOrganization, CreditCode.Complete("52510107MJ0000001"), "bench", now);
            var program = new GrantProgram(district, districtPath, "公益创投 ×10", Projects * 5_400_000L, "bench", now);
            db.AddRange(partner, program);
            await db.SaveChangesAsync();
            string[] categories = ["共驻共建", "邻里关系营造", "小区营造", "垃圾分类", "志愿服务", "社区微更新", "最美阳台"];
            db.AddRange(categories.Select(c => new GrantCategory(program, c, null)));
            var today = DateOnly.FromDateTime(now.AddHours(8));
            var starts = new DateOnly(today.Year, today.Month, 1).AddYears(-2);
            var applications = Enumerable.Range(0, Projects).Select(i => new GrantApplication(program.Id, community.Id, partner.Id, $"项目{i}", categories[i % 7], 5_400_000,
                "bench", now)).ToList();
            db.AddRange(applications);
            await db.SaveChangesAsync();
            db.AddRange(applications.SelectMany((a, i) => new[]
            {
                new ApplicationIndicator(a.Id, IndicatorKey.Services, null, 9), new ApplicationIndicator(a.Id, IndicatorKey.PersonTimes, null, 2000),
                new ApplicationIndicator(a.Id, IndicatorKey.UniquePeople, null, 1500), new ApplicationIndicator(a.Id, IndicatorKey.Satisfaction, null, 4.5m),
            }.Concat(i % 10 == 0 ? [new ApplicationIndicator(a.Id, IndicatorKey.Households, null, 800)] : [])));
            var projects = applications.Select(a => new GrantProject(a, a.RequestedFen, starts, today.AddYears(1), "bench", now)).ToList();
            db.AddRange(projects);
            await db.SaveChangesAsync();
            await db.Set<GrantApplication>().ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Awarded));
            await db.Set<GrantProgram>().ExecuteUpdateAsync(s => s.SetProperty(p => p.AwardedFen, p => p.BudgetFen));

            // Spread over the two years before this month, about nine per project, each with ~222 different residents.
            var first = Linli.Web.Platform.Localization.ChinaTime.ToUtc(starts.ToDateTime(new TimeOnly(9, 0)));
            var span = (Linli.Web.Platform.Localization.ChinaTime.ToUtc(new DateOnly(today.Year, today.Month, 1).ToDateTime(TimeOnly.MinValue)) - first).TotalHours - 3;
            var activities = Enumerable.Range(0, Activities).Select(i =>
            {
                var at = first.AddHours(span * i / Activities);
                var activity = new Activity(community.Id, $"项目活动{i}", null, null, at, at.AddHours(2), 300, ActivityStatus.Finished, null, true, now);
                activity.InProject(projects[i % Projects].Id);
                return activity;
            }).ToList();
            db.AddRange(activities);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var random = new Random(22);
            var checkIns = new List<CheckIn>(CheckIns);
            var ratings = new List<Rating>(Activities * RatingsPerActivity);
            for (var i = 0; i < Activities; i++)
            {
                var count = CheckIns / Activities + (i < CheckIns % Activities ? 1 : 0);
                var offset = random.Next(residents.Count);
                for (var k = 0; k < count; k++) checkIns.Add(new CheckIn(activities[i], residents[(offset + k * 37) % residents.Count], walkIn: true, "bench", activities[i].StartsAt));
                for (var k = 0; k < RatingsPerActivity; k++)
                    ratings.Add(new Rating(activities[i], residents[(offset + k * 37) % residents.Count], new RateRequest(random.Next(3, 6), null), activities[i].EndsAt));
            }
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await new BulkInserter<CheckIn>(db).InsertAsync(checkIns, CancellationToken.None);
                await new BulkInserter<Rating>(db).InsertAsync(ratings, CancellationToken.None);
                await transaction.CommitAsync();
            }
            var casebook = sp.GetRequiredService<CasebookService>();
            foreach (var project in projects.Take(Cases))
            {
                await casebook.WriteAsync(project.Id, new CaseStoryInput("老旧院落居民互动少，需求调研显示独居老人占三成。", "以院落为单位培育骨干，社工陪伴。",
                    "问需把脉、宣传动员、示范打造、分享成果四个阶段。", "形成院落自治小组，每月开展活动。", "骨干培育需要更长周期。", null, null), CancellationToken.None);
                await casebook.SelectAsync(project.Id, true, CancellationToken.None);
            }
            await sp.GetRequiredService<AttendanceTallies>().RecountAsync(community.Id, CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            return (program.Id, projects.Select(p => p.Id).ToList(), new DateOnly(today.Year, today.Month, 1).AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        });
}
