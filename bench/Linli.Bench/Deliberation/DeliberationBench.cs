using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The overdue follow-up a street watches: 50,000 action items from the resolutions of 30 communities' meetings, the
/// overdue list read over HTTP by the street's officer (all 30 communities) and by one community's staff.
/// Results: bench/results/deliberation.md.
/// </summary>
internal static class DeliberationBench
{
    private const int Communities = 30, Actions = 50_000, Iterations = 200;
    private static readonly string[] Statuses = ["Planned", "InProgress", "Blocked", "Done", "Verified"];

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Deliberation benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh deliberation` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. A street of {Communities} communities, each with a meeting and a resolution made through the API; {Actions:N0} action items spread over them, written straight to the table: due dates over two years back and one ahead, statuses in equal shares (planned, in progress, blocked, done, verified), so about two fifths are overdue. Measured over HTTP with a bearer token, {Iterations} runs each: the street officer's overdue list across all {Communities} communities (`GET /api/v1/deliberation/actions?overdue=true`, the 200 longest overdue), one community's (`?communityId=…&overdue=true`) read by its staff, and the street's open items (`GET /api/v1/deliberation/actions`). Target: the street's overdue list p95 ≤ 50 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("deliberation.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var admin = await ActivitiesBench.SignInAsync(host);
        var communities = await BenchApi.StreetAsync(admin, Communities);

        var resolutions = new List<(int Community, int Meeting, int Resolution)>();
        foreach (var community in communities)
        {
            var meeting = await BenchApi.IdAsync(await admin.PostAsJsonAsync("/api/v1/deliberation/meetings",
                new { communityId = community, kind = "JointMeeting", title = "联席会议", startsAt = "2025-01-08T19:00:00", place = "社区会议室" }));
            var resolution = await BenchApi.IdAsync(await admin.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions", new { text = "落实整改", decidedBy = "Consensus" }));
            resolutions.Add((community, meeting, resolution));
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var overdue = await SeedAsync(host, resolutions, today);

        var streetOfficer = await BenchApi.TokenAsync(host, "streetbench");
        var staff = await BenchApi.TokenAsync(host, "communitybench");
        var first = await streetOfficer.GetFromJsonAsync<JsonElement>("/api/v1/deliberation/actions?overdue=true");
        var listed = first.GetArrayLength();
        var ordered = first.EnumerateArray().Select(a => a.GetProperty("dueOn").GetString()).SequenceEqual(first.EnumerateArray().Select(a => a.GetProperty("dueOn").GetString()).Order());
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync($"the street's overdue list ({Communities} communities, 200 longest overdue)", Iterations,
                async () => (await streetOfficer.GetAsync("/api/v1/deliberation/actions?overdue=true")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("one community's overdue list, by its staff", Iterations,
                async () => (await staff.GetAsync($"/api/v1/deliberation/actions?communityId={communities[0]}&overdue=true")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("the street's open items (200 earliest due)", Iterations,
                async () => (await streetOfficer.GetAsync("/api/v1/deliberation/actions")).EnsureSuccessStatusCode()),
        };
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Actions:N0} items, {overdue:N0} of them overdue; the street's list showed {listed} in due-date order: {(listed == 200 && ordered ? "yes" : "**NO**")}.")
            .AppendLine()
            .Table(results)
            .AppendLine();
        if (listed != 200 || !ordered) throw new InvalidOperationException($"{provider}: listed {listed}, ordered {ordered}");
    }

    /// <summary>The action items, round-robin over the communities' resolutions; returns how many are overdue today.</summary>
    private static async Task<int> SeedAsync(BenchHost host, List<(int Community, int Meeting, int Resolution)> resolutions, DateOnly today)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new BulkInsert(connection, transaction, "deliberation_actions",
            ["CommunityId", "ResolutionId", "MeetingId", "Title", "Responsible", "DueOn", "Status", "Percent", "UpdatedAt", "CreatedBy", "CreatedAt"], host.IsPostgres);
        var now = DateTime.UtcNow;
        var overdue = 0;
        for (var i = 0; i < Actions; i++)
        {
            var (community, meeting, resolution) = resolutions[i % resolutions.Count];
            var dueOn = today.AddDays(-730 + i * 1_095 / Actions);
            var status = Statuses[i * 7 % Statuses.Length];
            if (dueOn < today && status is "Planned" or "InProgress" or "Blocked") overdue++;
            await rows.AddAsync(community, resolution, meeting, $"整改事项 {i + 1}", "物业服务中心", dueOn, status, status is "Done" or "Verified" ? 100 : i % 90, now, "admin", now);
        }
        await rows.FlushAsync();
        await using (var analyze = connection.CreateCommand())
        {
            analyze.Transaction = transaction;
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return overdue;
    }
}
