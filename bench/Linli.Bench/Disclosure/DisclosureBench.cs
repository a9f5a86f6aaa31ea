using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Disclosure;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A large maintenance fund in the open: a ledger of 100,000 published entries (one in a thousand corrected), its
/// public page (the balance and the newest 50 entries) read anonymously over HTTP, and the whole chain verified.
/// Results: bench/results/disclosure.md.
/// </summary>
internal static class DisclosureBench
{
    private const int Entries = 100_000, PageIterations = 200, VerifyIterations = 3;

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Disclosure benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh disclosure` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. One ledger of {Entries:N0} published entries with a valid hash chain (every thousandth entry corrects the one before it), written straight to the table. Measured: the community's public ledgers (`GET /api/v1/public/communities/{{id}}/ledgers`, no sign-in: the published balance and count kept on the ledger as entries are published (corrections in place of what they correct), the chain head and the newest 50 entries), an older page (`GET /api/v1/public/ledgers/{{id}}?before=50000&take=50`), {PageIterations} runs each; and the whole chain's check (`GET /api/v1/public/ledgers/{{id}}/verify`), {VerifyIterations} runs. Target: the public page's p95 ≤ 50 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("disclosure.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        int communityId;
        await using (var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope())
        {
            var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
            await connection.OpenAsync();
            communityId = (await new ResidentsSeed(connection, host.IsPostgres, host.Service<FieldEncryptor>()).TreeAsync(1))[0].Id;
        }
        var admin = await ActivitiesBench.SignInAsync(host);
        var ledger = (await (await admin.PostAsJsonAsync("/api/v1/disclosure/ledgers", new { communityId, name = "基准维修资金", kind = "MaintenanceFund" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var seeding = Stopwatch.StartNew();
        var expected = await SeedAsync(host, ledger, communityId);
        var seedSeconds = seeding.Elapsed.TotalSeconds;

        var anyone = new HttpClient { BaseAddress = host.BaseAddress };
        var first = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/public/communities/{communityId}/ledgers");
        var balance = first[0].GetProperty("balance").GetDecimal();
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync("the public ledgers: balance, chain head, newest 50 entries", PageIterations,
                async () => (await anyone.GetAsync($"/api/v1/public/communities/{communityId}/ledgers")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("an older page: 50 entries before no. 50,000", PageIterations,
                async () => (await anyone.GetAsync($"/api/v1/public/ledgers/{ledger}?before=50000&take=50")).EnsureSuccessStatusCode()),
        };
        JsonElement check = default;
        var verify = await Measure.RunAsync($"the whole chain verified ({Entries:N0} entries)", VerifyIterations,
            async () => check = await anyone.GetFromJsonAsync<JsonElement>($"/api/v1/public/ledgers/{ledger}/verify"));
        results.Add(verify);
        var valid = check.GetProperty("valid").GetBoolean() && check.GetProperty("entries").GetInt32() == Entries;

        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Seeding {Entries:N0} chained entries: {seedSeconds:F1} s. Balance shown: {balance:F2} yuan, expected {Money.Yuan(expected):F2}: {(balance == Money.Yuan(expected) ? "yes" : "**NO**")}. Chain valid over {Entries:N0} entries: {(valid ? "yes" : "**NO**")}.")
            .AppendLine()
            .Table(results)
            .AppendLine();
        if (balance != Money.Yuan(expected) || !valid) throw new InvalidOperationException($"{provider}: balance {balance}, expected {Money.Yuan(expected)}, chain valid {valid}");
    }

    /// <summary>
    /// Entries 1..N chained as the service chains them; every thousandth corrects the entry before it (whose id is one
    /// less: a fresh table numbers rows in order). Returns the balance the public page should show, in fen.
    /// </summary>
    private static async Task<long> SeedAsync(BenchHost host, int ledger, int communityId)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new BulkInsert(connection, transaction, "disclosure_entries",
            ["LedgerId", "CommunityId", "Sequence", "On", "Direction", "AmountFen", "Category", "Counterparty", "CorrectsId", "Reason", "RecordedBy", "RecordedAt",
             "PreviousHash", "Hash", "PublishRequested", "PublishedAt"], host.IsPostgres);
        object yes = host.IsPostgres ? "true" : 1;
        var previous = LedgerEntry.Genesis;
        var amounts = new Dictionary<int, long>();
        var now = DateTime.UtcNow;
        var start = DateOnly.FromDateTime(now).AddDays(-Entries / 100);
        for (var sequence = 1; sequence <= Entries; sequence++)
        {
            // A correction keeps the corrected entry's date and direction, with another amount.
            var correction = sequence % 1000 == 0;
            var of = correction ? sequence - 1 : sequence;
            var direction = of % 3 == 0 ? Direction.Expense : Direction.Income;
            var content = new EntryContent(start.AddDays(of / 100), direction, 1_000L + sequence % 977 * 13, direction == Direction.Income ? "业主交存" : "电梯维修",
                "某业主", correction ? of : null, correction ? "金额更正" : null);
            var hash = LedgerEntry.HashOf(sequence, previous, content, "admin");
            await rows.AddAsync(ledger, communityId, sequence, content.On, content.Direction.ToString(), content.AmountFen, content.Category, content.Counterparty,
                content.CorrectsId, content.Reason, "admin", now, previous, hash, yes, now);
            previous = hash;
            amounts[sequence] = content.Direction == Direction.Income ? content.AmountFen : -content.AmountFen;
            if (correction) amounts.Remove(sequence - 1);
        }
        await rows.FlushAsync();
        // What the service keeps on the ledger as it publishes each entry.
        await using (var totals = connection.CreateCommand())
        {
            totals.Transaction = transaction;
            totals.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"UPDATE disclosure_ledgers SET \"PublishedBalanceFen\" = {amounts.Values.Sum()}, \"PublishedEntries\" = {Entries} WHERE \"Id\" = {ledger}");
            await totals.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return amounts.Values.Sum();
    }
}
