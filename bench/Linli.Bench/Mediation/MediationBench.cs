using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Mediation across a street: 50,000 cases over 30 communities (parties sealed as the app seals them), a community's
/// case list and a case opened (decrypted, the read recorded) by its staff, the street's counts by issue; and a
/// community's public micro-renewal page with 50 projects. Results: bench/results/mediation.md.
/// </summary>
internal static class MediationBench
{
    private const int Communities = 30, Cases = 50_000, Projects = 50, Iterations = 200;
    private static readonly string[] Issues = ["Noise", "Animals", "Parking", "Property", "Neighbours", "Other"];
    private static readonly string[] Statuses = ["Open", "FollowUp", "Closed", "Closed"];

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Mediation and micro-renewal benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh mediation` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. A street of {Communities} communities; {Cases:N0} mediation cases spread over them and over three years, written straight to the table with the complainant, respondent and summary sealed by the app's field encryptor; one community's {Projects} micro-renewal projects made through the API, each with two sites, two designs, four plan items, three quotes and a hearing. Measured over HTTP, {Iterations} runs each: one community's case list (`GET /api/v1/mediation/cases?communityId=…`, 100 rows, open first) and one case opened (`GET /api/v1/mediation/cases/{{id}}`: decrypted, the read written to the audit chain) by the community's staff; the street's counts by issue over all {Communities} communities (`GET /api/v1/mediation/counts`); the public micro-renewal page's data without sign-in (`GET /api/v1/public/communities/{{id}}/renewal`). Target: p95 ≤ 50 ms each.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("mediation.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var admin = await ActivitiesBench.SignInAsync(host);
        var communities = await BenchApi.StreetAsync(admin, Communities);
        var firstCase = await SeedCasesAsync(host, communities);
        await SeedProjectsAsync(admin, communities[0]);

        var streetOfficer = await BenchApi.TokenAsync(host, "streetbench");
        var staff = await BenchApi.TokenAsync(host, "communitybench");
        var counts = await streetOfficer.GetFromJsonAsync<JsonElement>("/api/v1/mediation/counts");
        var counted = counts.EnumerateArray().Sum(c => c.GetProperty("opened").GetInt32());
        var opened = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/mediation/cases/{firstCase}");
        var readable = opened.GetProperty("complainant").GetString() == "居民1";
        var anyone = new HttpClient { BaseAddress = host.BaseAddress };
        var shown = (await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/public/communities/{communities[0]}/renewal")).GetArrayLength();
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync("one community's case list (100, open first), by its staff", Iterations,
                async () => (await staff.GetAsync($"/api/v1/mediation/cases?communityId={communities[0]}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("one case opened (decrypted, read recorded)", Iterations,
                async () => (await staff.GetAsync($"/api/v1/mediation/cases/{firstCase}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the street's counts by issue ({Communities} communities)", Iterations,
                async () => (await streetOfficer.GetAsync("/api/v1/mediation/counts")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a community's public micro-renewal page ({Projects} projects)", Iterations,
                async () => (await anyone.GetAsync($"/api/v1/public/communities/{communities[0]}/renewal")).EnsureSuccessStatusCode()),
        };
        var right = counted == Cases && readable && shown == Projects;
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The street's counts add up to {counted:N0} cases, a case opens with its complainant readable, the public page shows {shown} projects: {(right ? "yes" : "**NO**")}.")
            .AppendLine()
            .Table(results)
            .AppendLine();
        if (!right) throw new InvalidOperationException($"{provider}: counted {counted}, readable {readable}, shown {shown}");
    }

    /// <summary>The cases, round-robin over the communities, sealed as the app seals them; returns the first case's id.</summary>
    private static async Task<int> SeedCasesAsync(BenchHost host, List<int> communities)
    {
        var encryptor = host.Service<FieldEncryptor>();
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new BulkInsert(connection, transaction, "mediation_cases",
            ["CommunityId", "RegionId", "Issue", "Channel", "OpenedOn", "Worker", "Complainant", "Respondent", "Summary", "Status", "FollowUpOn", "CreatedBy", "CreatedAt"],
            host.IsPostgres);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var now = DateTime.UtcNow;
        for (var i = 0; i < Cases; i++)
        {
            var community = communities[i % communities.Count];
            var status = Statuses[i % Statuses.Length];
            await rows.AddAsync(community, community, Issues[i % Issues.Length], "Visit", today.AddDays(-(i % 1_095)), "社工",
                encryptor.Encrypt($"居民{i + 1}", "mediation_cases.Complainant"), i % 3 == 0 ? null : encryptor.Encrypt("邻居", "mediation_cases.Respondent"),
                encryptor.Encrypt("楼上深夜拖动家具，多次沟通未果。", "mediation_cases.Summary"), status, status == "FollowUp" ? today.AddDays(i % 7) : null, "admin", now);
        }
        await rows.FlushAsync();
        await using (var analyze = connection.CreateCommand())
        {
            analyze.Transaction = transaction;
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return await scope.ServiceProvider.GetRequiredService<LinliDb>().Database
            .SqlQueryRaw<int>("SELECT MIN(\"Id\") AS \"Value\" FROM mediation_cases").SingleAsync();
    }

    private static async Task SeedProjectsAsync(HttpClient admin, int community)
    {
        for (var p = 1; p <= Projects; p++)
        {
            var id = await BenchApi.IdAsync(await admin.PostAsJsonAsync("/api/v1/renewal/projects",
                new { communityId = community, title = $"院落微更新 {p}", summary = "闲置地块改造成共享花园。", budget = "30000", fundedBy = "公益创投" }));
            var path = $"/api/v1/renewal/projects/{id}";
            await BenchApi.IdAsync(await admin.PostAsJsonAsync($"{path}/sites", new { name = "3 栋旁闲置地块", evidence = "问卷中多数住户希望改为花园" }));
            await BenchApi.IdAsync(await admin.PostAsJsonAsync($"{path}/sites", new { name = "废弃花台", evidence = "院委会提出" }));
            await BenchApi.IdAsync(await admin.PostAsJsonAsync($"{path}/options", new { title = "轮胎花坛", description = "旧轮胎彩绘成花坛" }));
            await BenchApi.IdAsync(await admin.PostAsJsonAsync($"{path}/options", new { title = "种植园", description = "分块认养" }));
            for (var i = 1; i <= 4; i++) await BenchApi.IdAsync(await admin.PostAsJsonAsync($"{path}/items", new { what = $"实施事项 {i}", responsible = "社区两委", dimensions = "约 3 m × 3 m" }));
            for (var q = 1; q <= 3; q++) await BenchApi.IdAsync(await admin.PostAsJsonAsync($"{path}/quotes", new { contractor = $"施工方 {q}", scope = "平整、花坛", price = $"{8000 + q * 500}" }));
            (await admin.PostAsJsonAsync($"{path}/meetings", new { stage = "SiteHearing", startsAt = "2026-01-08T19:00:00", place = "院坝" })).EnsureSuccessStatusCode();
        }
    }
}
