using System.Data.Common;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Care at a busy community's scale: 20,000 residents, 20,000 cases held by 50 workers, 100,000 requests on the 365
/// line (2% still open), 10,000 health records with 300,000 sealed measurements. A worker's caseload, the request
/// queue (all and overdue), one case opened and the follow-up list, over HTTP. Results: bench/results/care.md.
/// </summary>
internal static class CareBench
{
    internal const int Workers = 50;
    private const int Residents = 20_000, Cases = 20_000, Requests = 100_000, Records = 10_000, PerRecord = 30, Iterations = 200;
    private static readonly string[] Categories = ["Property", "Environment", "Neighbours", "ElderlyServices", "PublicAffairs", "Health", "Other"];
    private static readonly DateTime Now = DateTime.UtcNow;

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Care benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh care` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. One community of 40,000 units and {Residents:N0} residents; {Cases:N0} cases held by {Workers} workers (the measured worker holds one in {Workers}, a quarter of them open); {Requests:N0} requests over two years, 2% still open and half of those past their target; {Records:N0} health records with {PerRecord} measurements each ({Records * PerRecord:N0}), every text and value sealed as the app seals them, a fifth with a chronic condition and one in twenty waiting for a follow-up. Measured over HTTP, {Iterations} runs each: the worker's caseload (`GET /api/v1/care/cases?communityId=…&mine=true`), the community's request queue (`GET /api/v1/care/requests?communityId=…`, 100 rows, open first, texts decrypted) and its overdue part (`&overdue=true`), one case opened (decrypted, the read on its access list), the follow-up list (`GET /api/v1/care/health/followups?communityId=…`). Targets: caseload and queue p95 ≤ 50 ms, follow-up list p95 ≤ 100 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("care.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var admin = await ActivitiesBench.SignInAsync(host);
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var encryptor = host.Service<FieldEncryptor>();
        var seed = new ResidentsSeed(connection, host.IsPostgres, encryptor);
        var community = (await seed.TreeAsync(1))[0];
        await seed.ResidentsAsync(community, new SyntheticPeople(0, DateOnly.FromDateTime(Now)), Residents, 1, 0);
        await BenchApi.UserAsync(admin, "caseworker", "SocialWorker", community.Id);
        await BenchApi.UserAsync(admin, "casesupervisor", "CommunityStaff", community.Id);
        var worker = await db.Users.Where(u => u.UserName == "caseworker").Select(u => u.Id).SingleAsync();
        var supervisor = await db.Users.Where(u => u.UserName == "casesupervisor").Select(u => u.Id).SingleAsync();

        var firstCase = await SeedCasesAsync(connection, host.IsPostgres, encryptor, community.Id, worker, supervisor);
        await SeedRequestsAsync(connection, host.IsPostgres, encryptor, community.Id);
        var due = await SeedHealthAsync(connection, host.IsPostgres, encryptor, community.Id);
        await AnalyzeAsync(connection);

        var staff = await BenchApi.TokenAsync(host, "caseworker");
        var caseload = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/care/cases?communityId={community.Id}&mine=true")).GetArrayLength();
        var queue = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/care/requests?communityId={community.Id}");
        var openFirst = queue.GetArrayLength() == 100 && queue[0].GetProperty("status").GetString() == "Received" && queue[0].GetProperty("text").GetString() == "小区门口路灯不亮，晚上看不见。";
        var followUps = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/care/health/followups?communityId={community.Id}")).GetArrayLength();
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync($"a worker's caseload ({caseload} cases of {Cases:N0})", Iterations,
                async () => (await staff.GetAsync($"/api/v1/care/cases?communityId={community.Id}&mine=true")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the community's request queue (100 of {Requests:N0}, open first)", Iterations,
                async () => (await staff.GetAsync($"/api/v1/care/requests?communityId={community.Id}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("the overdue requests", Iterations,
                async () => (await staff.GetAsync($"/api/v1/care/requests?communityId={community.Id}&overdue=true")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("one case opened (decrypted, read recorded)", Iterations,
                async () => (await staff.GetAsync($"/api/v1/care/cases/{firstCase}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the follow-up list ({followUps} of {Records:N0} records, {Records * PerRecord:N0} measurements)", Iterations,
                async () => (await staff.GetAsync($"/api/v1/care/health/followups?communityId={community.Id}")).EnsureSuccessStatusCode()),
        };
        var right = caseload == Cases / Workers && openFirst && followUps == Math.Min(due, HealthService.FollowUpsShown);
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The worker's caseload holds {caseload} cases, the queue starts with the oldest open request, the follow-up list names {followUps} residents: {(right ? "yes" : "**NO**")}.")
            .AppendLine()
            .Table(results)
            .AppendLine();
        if (!right) throw new InvalidOperationException($"{provider}: caseload {caseload}, open first {openFirst}, follow-ups {followUps} of {due}");
    }

    /// <summary>
    /// The cases, round-robin over the workers (the measured one is worker 0) among the first residents (ids from 1);
    /// returns the id of one of theirs. The stations benchmark seeds its supervisor's cases with it.
    /// </summary>
    internal static async Task<int> SeedCasesAsync(DbConnection connection, bool postgres, FieldEncryptor encryptor, int community, string worker, string supervisor,
        int cases = Cases, int residents = Residents)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new BulkInsert(connection, transaction, "care_cases",
            ["CommunityId", "ResidentId", "Source", "Basis", "ConsentBy", "OpenedOn", "WorkerId", "SupervisorId", "Status", "PresentingProblem", "ReviewOn", "CreatedAt"], postgres);
        var today = DateOnly.FromDateTime(Now.AddHours(8));
        var problem = encryptor.Encrypt("独居，情绪低落，不愿与人交流。", "care_cases.PresentingProblem");
        for (var i = 0; i < cases; i++)
        {
            var status = i % 4 == 0 ? "Open" : "Closed";
            await rows.AddAsync(community, 1 + i % residents, "HomeVisit", "Consent", "Resident", today.AddDays(-(i % 700)), i % Workers == 0 ? worker : $"worker-{i % Workers}",
                supervisor, status, problem, status == "Open" ? today.AddDays(i % 30 - 10) : null, Now);
        }
        await rows.FlushAsync();
        await transaction.CommitAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MIN(\"Id\") FROM care_cases WHERE \"WorkerId\" = '{worker}'";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Two years of requests, the newest 2% still open (half of them past their target).</summary>
    private static async Task SeedRequestsAsync(DbConnection connection, bool postgres, FieldEncryptor encryptor, int community)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new BulkInsert(connection, transaction, "care_requests",
            ["CommunityId", "ResidentId", "RegionId", "Category", "Channel", "Text", "ReceivedAt", "DueAt", "Status", "AnsweredAt", "Response", "ClosedAt", "Rating", "CreatedBy"], postgres);
        var text = encryptor.Encrypt("小区门口路灯不亮，晚上看不见。", "care_requests.Text");
        var answer = encryptor.Encrypt("已报物业，两天内修好。", "care_requests.Response");
        var open = Requests / 50;
        for (var i = 0; i < Requests; i++)
        {
            // i = 0 is the oldest; the last `open` are still open, the first half of those already past the 48-hour target.
            var receivedAt = i < Requests - open ? Now.AddMinutes(-(Requests - i) * 10.0) : Now.AddHours(-(Requests - i) * 96.0 / open);
            var stillOpen = i >= Requests - open;
            await rows.AddAsync(community, 1 + i % Residents, community, Categories[i % Categories.Length], "Portal", text, receivedAt, receivedAt.AddHours(48),
                stillOpen ? "Received" : "Closed", stillOpen ? null : receivedAt.AddHours(20), stillOpen ? null : answer, stillOpen ? null : receivedAt.AddHours(30),
                stillOpen ? null : 3 + i % 3, "bench");
        }
        await rows.FlushAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Records with a month of readings each; returns how many are due a follow-up.</summary>
    private static async Task<int> SeedHealthAsync(DbConnection connection, bool postgres, FieldEncryptor encryptor, int community)
    {
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var records = new BulkInsert(connection, transaction, "care_health_records",
                ["CommunityId", "ResidentId", "OpenedAt", "ConsentBy", "ConsentAt", "Chronic", "LastMeasuredAt", "FollowUpSince", "FollowUpUrgent"], postgres);
            for (var r = 0; r < Records; r++)
            {
                // Every 20th waits for a follow-up; every 5th has a chronic condition, and those of them a third of the time last measured half a year ago.
                var last = r % 15 == 0 ? Now.AddDays(-180) : Now.AddDays(-(r % 60));
                await records.AddAsync(community, 1 + r, Now.AddYears(-1), "Resident", Now.AddYears(-1), r % 5 == 0, last, r % 20 == 0 ? last : null, r % 40 == 0);
            }
            await records.FlushAsync();
            await transaction.CommitAsync();
        }
        var ids = new List<(int Id, int Resident)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Id\", \"ResidentId\" FROM care_health_records ORDER BY \"Id\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var rows = new BulkInsert(connection, transaction, "care_measurements",
                ["CommunityId", "RecordId", "ResidentId", "TakenAt", "Values", "Flags", "Flagged", "MeasuredBy", "SelfMeasured", "RecordedBy", "RecordedAt"], postgres);
            var values = encryptor.Encrypt(new MeasurementValues(138, 86, 72, 6.1m, null, null, null, null, null, null, null, null).Seal(), "care_measurements.Values");
            var flags = encryptor.Encrypt("", "care_measurements.Flags");
            foreach (var (id, resident) in ids)
                for (var m = 0; m < PerRecord; m++)
                    await rows.AddAsync(community, id, resident, Now.AddDays(-7 * m), values, flags, false, "健康志愿者", false, "bench", Now);
            await rows.FlushAsync();
            await transaction.CommitAsync();
        }
        return Enumerable.Range(0, Records).Count(r => r % 20 == 0 || (r % 5 == 0 && r % 15 == 0));
    }

    private static async Task AnalyzeAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 600;
        command.CommandText = "ANALYZE;";
        await command.ExecuteNonQueryAsync();
    }
}
