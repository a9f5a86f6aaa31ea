using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Linli.Web.Modules.Points;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Points under load. The redemption rush: 500 redemptions over loopback HTTP from 64 clients at once, two per
/// resident, by 250 residents holding points for one item each, against an item whose stock is 100: exactly 100 may
/// succeed. Then a community's monthly statement read from a ledger of 1,000,000 entries. Results: bench/results/points.md.
/// </summary>
internal static class PointsBench
{
    private const int Holders = 250, RequestsPerHolder = 2, Stock = 100, Cost = 10, Clients = 64;
    private const int StatementTransactions = 500_000, StatementAccounts = 1_000, StatementIterations = 100;

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Points benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh points` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Redemption rush: {Holders * RequestsPerHolder} `POST /api/v1/points/redemptions` to Kestrel on 127.0.0.1, {Clients} at a time, as the platform admin: {Holders} residents each holding {Cost} points (enough for one) send two redemptions each (different idempotency keys) for an item costing {Cost} with a stock of {Stock}. Exactly {Stock} must succeed (201), the rest be refused (409), stock end at 0 and no balance below 0. Latency per request, from send to answer.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Statement: a community's ledger of {StatementTransactions * 2:N0} entries ({StatementTransactions:N0} transactions over the year among {StatementAccounts:N0} residents, one in five a redemption); `PointsStatement.YearAsync` as the community's staff, {StatementIterations} runs. Target p95 ≤ 100 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("points.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var (community, residents) = await ActivitiesBench.SeedCommunityAsync(host);
        var holders = residents.Take(Holders).ToList();
        var item = await host.AsSystemAsync(async sp =>
        {
            var points = sp.GetRequiredService<PointsService>();
            foreach (var resident in holders)
                await points.AwardAsync(new AwardRequest(resident, Cost, "垃圾分类投放", $"bench-{resident}"), Admin, CancellationToken.None);
            return (await sp.GetRequiredService<ExchangeService>().AddItemAsync(new NewCatalogItem(community.Id, "鸡蛋一盘", Cost, Stock, "爱心超市"), CancellationToken.None)).Id;
        });

        var admin = await ActivitiesBench.SignInAsync(host);
        var rush = await RushAsync(admin, holders, item);
        var (stock, negative) = await host.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<LinliDb>();
            return (await db.Set<CatalogItem>().Where(i => i.Id == item).Select(i => i.Stock).FirstAsync(),
                await db.Set<PointsAccount>().CountAsync(a => a.Kind == AccountKind.Resident && a.Balance < 0));
        });
        if (rush.Created != Stock || stock != 0 || negative != 0)
            throw new InvalidOperationException($"{provider}: {rush.Created} redeemed, stock {stock}, {negative} balances below zero");

        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine("| redemption rush | requests | redeemed (201) | refused (409) | errors | seconds | requests/s | p50 ms | p99 ms |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            .AppendLine(CultureInfo.InvariantCulture, $"| HTTP | {rush.Requests} | {rush.Created} | {rush.Refused} | {rush.Errors} | {rush.Seconds:F2} | {rush.PerSecond:F0} | {rush.P50:F1} | {rush.P99:F1} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Stock after: {stock}; balances below zero: {negative}.")
            .AppendLine();

        var seeded = await SeedLedgerAsync(host, community.Id, residents);
        var staff = new BenchUser("community-staff", [community.Path], [community.Id]);
        var year = DateTime.UtcNow.AddHours(8).Year;
        var statement = await Measure.RunAsync("statement, a year by month", StatementIterations, () => host.AsUserAsync(staff, sp =>
            sp.GetRequiredService<PointsStatement>().YearAsync(community.Id, year, CancellationToken.None)));
        report.AppendLine(CultureInfo.InvariantCulture, $"Statement ({seeded:N0} ledger entries in the community):")
            .AppendLine()
            .Table([statement])
            .AppendLine();
    }

    private static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.PlatformAdmin)], "bench"));

    private sealed record Rush(int Requests, int Created, int Refused, int Errors, double Seconds, double PerSecond, double P50, double P99);

    private static async Task<Rush> RushAsync(HttpClient client, IReadOnlyList<int> holders, int item)
    {
        var queue = new ConcurrentQueue<(int Resident, int Try)>(Enumerable.Range(0, RequestsPerHolder).SelectMany(n => holders.Select(h => (h, n))));
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var request))
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsJsonAsync("/api/v1/points/redemptions",
                    new { residentId = request.Resident, catalogItemId = item, quantity = 1, idempotencyKey = $"rush-{request.Resident}-{request.Try}" });
                statuses.Add(response.StatusCode);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        var rush = new Rush(sorted.Count, statuses.Count(s => s == HttpStatusCode.Created), statuses.Count(s => s == HttpStatusCode.Conflict),
            statuses.Count(s => s is not (HttpStatusCode.Created or HttpStatusCode.Conflict)), seconds, sorted.Count / seconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rush: {rush.PerSecond:F0}/s, p50 {rush.P50:F1} ms, p99 {rush.P99:F1} ms, redeemed {rush.Created}, refused {rush.Refused}, errors {rush.Errors}"));
        return rush;
    }

    /// <summary>
    /// {StatementTransactions} transactions spread over this year's months with the bulk inserter: awards from the
    /// Issued account, and one in five a redemption to the Redeemed account. Balances are left alone: the statement reads entries only.
    /// </summary>
    private static Task<int> SeedLedgerAsync(BenchHost host, int communityId, IReadOnlyList<int> residents) => host.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<LinliDb>();
        var ledger = sp.GetRequiredService<Ledger>();
        var issued = await ledger.AccountAsync(communityId, AccountKind.Issued, null, CancellationToken.None);
        var redeemed = await ledger.AccountAsync(communityId, AccountKind.Redeemed, null, CancellationToken.None);
        var accounts = new List<PointsAccount>();
        foreach (var resident in residents.Take(StatementAccounts)) accounts.Add(await ledger.AccountAsync(communityId, AccountKind.Resident, resident, CancellationToken.None));
        var year = DateTime.UtcNow.AddHours(8).Year;
        var first = new DateTime(year, 1, 1, 2, 0, 0, DateTimeKind.Utc);
        var step = (new DateTime(year, 12, 31, 12, 0, 0, DateTimeKind.Utc) - first) / StatementTransactions;
        var transactions = Enumerable.Range(0, StatementTransactions).Select(i =>
        {
            var account = accounts[i % accounts.Count];
            var at = first + step * i;
            return i % 5 == 4
                ? new PointsTransaction(communityId, TransactionKind.Redemption, 10, "兑换", "bench", $"ledger-{i}", account, redeemed, "bench", at)
                : new PointsTransaction(communityId, TransactionKind.Award, 5, "垃圾分类投放", "bench", $"ledger-{i}", issued, account, "bench", at);
        }).ToList();
        var transactionId = typeof(LedgerEntry).GetProperty(nameof(LedgerEntry.TransactionId))!;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new BulkInserter<PointsTransaction>(db).InsertAsync(transactions, CancellationToken.None);
            // The inserter set each transaction's generated id; its entries point at it.
            foreach (var t in transactions)
                foreach (var entry in t.Entries) transactionId.SetValue(entry, t.Id);
            await new BulkInserter<LedgerEntry>(db).InsertAsync([.. transactions.SelectMany(t => t.Entries)], CancellationToken.None);
            await transaction.CommitAsync();
        }
        // What autovacuum leaves a production database with: statistics, and a visibility map for index-only scans.
        await db.Database.ExecuteSqlRawAsync(host.IsPostgres ? "VACUUM ANALYZE" : "ANALYZE");
        return await db.Set<LedgerEntry>().IgnoreQueryFilters().CountAsync(e => accounts.Select(a => a.Id).Contains(e.AccountId) || e.AccountId == issued.Id || e.AccountId == redeemed.Id);
    });
}
