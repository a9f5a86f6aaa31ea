using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Assemblies;
using Linli.Web.Modules.Contests;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Owners deciding at a compound's size, over loopback HTTP as the pages and the API do it: an assembly of 5,000
/// owners (each holding two flats: 10,000 units, merged by the roll) opened, its 5,000 ballots entered by 64 clients
/// at once, and the count; then a contest vote rush: 10,000 on-site votes by 2,000 residents over 50 entries, five
/// each, and the ranking checked against the votes themselves. Results: bench/results/assemblies.md.
/// </summary>
internal static class AssembliesBench
{
    private const int Owners = 5_000, Voters = 2_000, Entries = 50, VotesEach = 5, CountIterations = 100;

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Owners' assemblies and contests benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh assemblies` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database; {ActivitiesBench.Clients} `HttpClient` workers in the same process, as the platform admin. An assembly of {Owners:N0} owners, each holding two flats (10,000 units in one compound: the roll merges each owner's two), with three items: opening it (freezing the roll), entering its {Owners:N0} ballots (`POST /api/v1/assemblies/{{id}}/ballots`), and the count (`AssemblyResults.CountAsync`, and `GET /result` over HTTP), {CountIterations} runs each. Target: the count's p95 ≤ 100 ms. A contest of {Entries} entries: {Voters * VotesEach:N0} on-site votes (`POST /api/v1/contests/{{id}}/onsite-votes`, the same rules as a resident's own vote) by {Voters:N0} residents, {VotesEach} each on different entries, then the ranking compared with a count of the vote rows.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("assemblies.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var (community, residents) = await ActivitiesBench.SeedCommunityAsync(host);
        await SeedOwnersAsync(host, community);
        var admin = await ActivitiesBench.SignInAsync(host);

        var now = DateTimeOffset.UtcNow;
        var created = await (await admin.PostAsJsonAsync("/api/v1/assemblies", new
        {
            compoundId = community.CompoundId, title = "基准业主大会", method = "Written", noticedOn = DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime),
            opensAt = now.AddHours(-1), closesAt = now.AddDays(7),
            items = new[] { new { title = "管理规约", matter = "ManagementCovenant" }, new { title = "续筹维修资金", matter = "RaiseMaintenanceFund" }, new { title = "选聘物业", matter = "HireProperty" } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var assembly = created.GetProperty("id").GetInt32();
        var items = created.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToArray();
        var opening = Stopwatch.StartNew();
        (await admin.PostAsync($"/api/v1/assemblies/{assembly}/open", null)).EnsureSuccessStatusCode();
        var openSeconds = opening.Elapsed.TotalSeconds;
        var roll = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/assemblies/{assembly}/roll");
        var voters = roll.GetProperty("voters").EnumerateArray().Select(v => v.GetProperty("id").GetInt32()).ToList();
        if (roll.GetProperty("owners").GetInt32() != Owners) throw new InvalidOperationException($"the roll has {roll.GetProperty("owners")} owners");

        string[] choices = ["Agree", "Agree", "Agree", "Against", "Abstain"];
        var ballots = await RushAsync(voters, voter => admin.PostAsJsonAsync($"/api/v1/assemblies/{assembly}/ballots", new
        {
            voterId = voter, channel = "Paper", choices = items.Select((item, i) => new { itemId = item, choice = choices[(voter + i) % choices.Length] }),
        }));
        var counts = new List<Measure.Result>
        {
            await Measure.RunAsync($"the count, {Owners:N0} ballots (service)", CountIterations, () => host.AsSystemAsync(sp => sp.GetRequiredService<AssemblyResults>().CountAsync(assembly, CancellationToken.None))),
            await Measure.RunAsync($"GET /result, {Owners:N0} ballots (HTTP)", CountIterations, async () => (await admin.GetAsync($"/api/v1/assemblies/{assembly}/result")).EnsureSuccessStatusCode()),
        };
        var result = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/assemblies/{assembly}/result");

        var contest = (await (await admin.PostAsJsonAsync("/api/v1/contests", new { communityId = community.Id, title = "基准评选", opensAt = now.AddHours(-1), closesAt = now.AddDays(7), votesPerDay = VotesEach }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var entries = new List<int>();
        for (var e = 0; e < Entries; e++)
            entries.Add((await (await admin.PostAsJsonAsync($"/api/v1/contests/{contest}/entries", new { title = $"作品{e + 1}" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        var random = new Random(50);
        var slips = residents.Take(Voters).SelectMany(r => entries.OrderBy(_ => random.Next()).Take(VotesEach).Select(e => (Resident: r, Entry: e))).OrderBy(_ => random.Next()).ToList();
        var votes = await RushAsync(slips, slip => admin.PostAsJsonAsync($"/api/v1/contests/{contest}/onsite-votes", new { entryId = slip.Entry, residentId = slip.Resident }));
        var ranking = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contest}/ranking");
        var stored = await host.AsSystemAsync(sp => sp.GetRequiredService<LinliDb>().Set<ContestVote>().Where(v => v.ContestId == contest)
            .GroupBy(v => v.EntryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var exact = ranking.EnumerateArray().All(l => stored.GetValueOrDefault(l.GetProperty("entryId").GetInt32()) == l.GetProperty("votes").GetInt32())
            && ranking.EnumerateArray().Sum(l => l.GetProperty("votes").GetInt32()) == Voters * VotesEach;

        var participation = result.GetProperty("participation");
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Opening (freezing the roll of {Owners:N0} owners, 10,000 units): {openSeconds:F2} s. Participation after the rush: {participation.GetProperty("owners")} of {participation.GetProperty("totalOwners")} owners, {participation.GetProperty("area")} of {participation.GetProperty("totalArea")} m².")
            .AppendLine()
            .AppendLine("| rush | requests | created (201) | refused | seconds | requests/s | p50 ms | p99 ms |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            .AppendLine(ballots.Line($"ballots, {Owners:N0} owners"))
            .AppendLine(votes.Line($"contest votes, {Voters:N0} residents × {VotesEach}"))
            .AppendLine()
            .Table(counts)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The ranking equals the count of vote rows for every entry, {Voters * VotesEach:N0} votes in all: {(exact ? "yes" : "**NO**")}.")
            .AppendLine();
        if (ballots.Created != Owners || votes.Created != Voters * VotesEach || !exact) throw new InvalidOperationException($"{provider}: ballots {ballots.Created}, votes {votes.Created}, ranking exact {exact}");
    }

    /// <summary>Owner i holds flats 2i and 2i+1 of the first compound (no ID number: the same name makes the same owner).</summary>
    private static async Task SeedOwnersAsync(BenchHost host, SeededCommunity community)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var owners = new BulkInsert(connection, transaction, "residents_unit_owners", ["CommunityId", "UnitId", "Kind", "Name", "OwnerKey", "CreatedAt"], host.IsPostgres);
        for (var i = 0; i < Owners * 2; i++)
            await owners.AddAsync(community.Id, community.Units[i].Id, "Person", $"业主{i / 2 + 1}", $"person:业主{i / 2 + 1}", DateTime.UtcNow);
        await owners.FlushAsync();
        await transaction.CommitAsync();
    }

    private sealed record Rush(int Requests, int Created, int Refused, double Seconds, double P50, double P99)
    {
        public string Line(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Requests:N0} | {Created:N0} | {Refused} | {Seconds:F2} | {Requests / Seconds:F0} | {P50:F1} | {P99:F1} |");
    }

    private static async Task<Rush> RushAsync<T>(IEnumerable<T> work, Func<T, Task<HttpResponseMessage>> send)
    {
        var queue = new ConcurrentQueue<T>(work);
        var latencies = new ConcurrentBag<double>();
        var created = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, ActivitiesBench.Clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var item))
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await send(item);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if ((int)response.StatusCode == 201) Interlocked.Increment(ref created);
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        var rush = new Rush(sorted.Count, created, sorted.Count - created, seconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rush.Requests} requests, {rush.Created} created, {rush.Requests / seconds:F0}/s, p99 {rush.P99:F1} ms"));
        return rush;
    }
}
