using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Activities;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Linli on several hosts, as production runs it: two hosts (`dotnet Linli.Web.dll`, processes of their own) on one
/// PostgreSQL behind nginx. Three things are measured. The sign-up rush (1,000 sign-ups for 100 seats, 64 clients)
/// to one host directly, through nginx to one host, and through nginx to two. A host killed with kill -9 in the
/// middle of a rush: no acknowledged sign-up lost, none doubled, the other host carries on, the audit chain
/// verifies. The database server restarted in the middle of a rush: requests fail with 503 while it is away and
/// succeed again without a restart of Linli. Results: bench/results/hosts.md.
/// </summary>
internal static class HostsBench
{
    private const int WarmUpRounds = 8, MeasuredRuns = 3, OutageSignUps = 4_000;
    private const int KillAfterAcknowledged = 250;

    public static async Task RunAsync(string postgresServer, string? restartDatabase)
    {
        string Key() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var keys = new Dictionary<string, string?> { ["Linli:Encryption:ActiveKey"] = "k1", ["Linli:Encryption:Keys:k1"] = Key(), ["Linli:Encryption:LookupKey"] = Key() };
        // Migrates the database, creates the admin and seeds the community; owns (and at the end drops) the database.
        await using var seed = await BenchHost.StartAsync(postgresServer, settings: keys);
        var (community, residents) = await ActivitiesBench.SeedCommunityAsync(seed);
        var settings = keys.ToDictionary(k => k.Key, k => k.Value!);
        settings["Linli:Provider"] = "Postgres";
        settings["ConnectionStrings:Linli"] = seed.ConnectionString;
        settings["Linli:Admin:Password"] = ActivitiesBench.AdminPassword;
        settings["Linli:KnownProxies:0"] = "127.0.0.1";
        await using var a = await HostProcess.StartAsync("A", settings);
        await using var b = await HostProcess.StartAsync("B", settings);
        await using var proxy = await Proxy.StartAsync(a, b);

        var token = await TokenAsync(proxy.BothPort);
        var targets = new (string Name, HttpClient Client)[]
        {
            ("one host, direct", Client(a.Port, token)),
            ("one host behind nginx", Client(proxy.FirstPort, token)),
            ("two hosts behind nginx", Client(proxy.BothPort, token)),
        };
        Task<int> NewActivityAsync(int seats = ActivitiesBench.Seats) => ActivitiesBench.NewActivityAsync(seed, community, seats);

        var report = new StringBuilder()
            .AppendLine("# Several hosts benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh hosts` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {NginxVersion()}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Two Linli hosts, each `dotnet Linli.Web.dll` in a process of its own with the same settings and field keys, on one PostgreSQL server (the private one `scripts/postgres.sh` starts), behind nginx from Debian on loopback (round robin, keep-alive to the hosts, `proxy_next_upstream error timeout`). The clients: {ActivitiesBench.Clients} `HttpClient` workers in the benchmark's process, one bearer token (issued through nginx by whichever host, accepted by both). Everything shares the machine's {Environment.ProcessorCount} cores.")
            .AppendLine();

        // 1. Throughput: one host, one host behind the proxy, two hosts behind it; warm-up rounds first, then alternating.
        Console.WriteLine("== throughput");
        var measured = targets.ToDictionary(t => t.Name, _ => new List<Row>());
        for (var round = 0; round < WarmUpRounds + MeasuredRuns; round++)
            foreach (var (name, client) in targets)
            {
                var activity = await NewActivityAsync();
                var sample = await ActivitiesBench.SampleAsync(residents, r => ActivitiesBench.HttpSignUpAsync(client, activity, r));
                var row = Row.Of(name, sample);
                Console.WriteLine($"  {(round < WarmUpRounds ? "warm-up " : "")}{row}");
                if (row.Confirmed != ActivitiesBench.Seats) throw new InvalidOperationException($"{name}: {row.Confirmed} confirmed for {ActivitiesBench.Seats} seats");
                if (round >= WarmUpRounds) measured[name].Add(row);
            }
        report.AppendLine("## The sign-up rush through the proxy")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{ActivitiesBench.RushRequests:N0} different residents sign up for {ActivitiesBench.Seats} seats, {ActivitiesBench.Clients} at a time; {WarmUpRounds} warm-up rushes each way, then {MeasuredRuns} measured, alternating. Each rush confirmed exactly {ActivitiesBench.Seats}.")
            .AppendLine()
            .AppendLine("| rush | requests | confirmed | errors | seconds | requests/s | p50 ms | p99 ms |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in measured.Values.SelectMany(r => r)) report.AppendLine(row.TableLine);
        var direct = ActivitiesBench.Median(measured[targets[0].Name].Select(r => r.PerSecond));
        report.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Medians: one host direct {direct:F0}/s; one host behind nginx {ActivitiesBench.Median(measured[targets[1].Name].Select(r => r.PerSecond)):F0}/s; two hosts behind nginx {ActivitiesBench.Median(measured[targets[2].Name].Select(r => r.PerSecond)):F0}/s ({ActivitiesBench.Median(measured[targets[2].Name].Select(r => r.PerSecond)) / direct:P0} of one host).")
            .AppendLine();

        // 2. kill -9 of host B in the middle of a rush through the proxy.
        Console.WriteLine("== kill -9");
        await KillInTheMiddleAsync(report, seed, await NewActivityAsync(), residents, targets[2].Client, b);
        await b.StartAgainAsync();

        // 3. The database server restarted in the middle of a rush.
        if (restartDatabase is null) report.AppendLine("## The database restarting under load").AppendLine().AppendLine("Not run: no restart command given (`scripts/bench.sh hosts` gives one).");
        else
        {
            Console.WriteLine("== database restart");
            await RestartDatabaseInTheMiddleAsync(report, seed, await NewActivityAsync(OutageSignUps), residents, targets[2].Client, restartDatabase, a, b);
        }
        await Measure.WriteResultsAsync("hosts.md", report.ToString());
    }

    private static async Task KillInTheMiddleAsync(StringBuilder report, BenchHost seed, int activity, IReadOnlyList<int> residents, HttpClient client, HostProcess b)
    {
        var outcomes = new ConcurrentDictionary<int, string>();
        var queue = new ConcurrentQueue<int>(residents.Take(ActivitiesBench.RushRequests));
        var acknowledged = 0;
        double? killedAt = null;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, ActivitiesBench.Clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var resident))
            {
                var outcome = await SignUpAsync(client, activity, resident);
                outcomes[resident] = outcome;
                if (!outcome.StartsWith("error", StringComparison.Ordinal) && Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged)
                {
                    b.Kill();
                    killedAt = watch.Elapsed.TotalSeconds;
                }
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var failed = outcomes.Where(o => o.Value.StartsWith("error", StringComparison.Ordinal)).ToList();
        // What a client does with a sign-up that got no answer: sends it again.
        var retried = new ConcurrentBag<string>();
        await Task.WhenAll(failed.Select(async f => retried.Add(await SignUpAsync(client, activity, f.Key))));

        var stored = await StoredAsync(seed, activity);
        var acknowledgedOutcomes = outcomes.Where(o => !o.Value.StartsWith("error", StringComparison.Ordinal)).ToList();
        var lost = acknowledgedOutcomes.Count(o => !stored.TryGetValue(o.Key, out var status) || status.Count != 1 || status[0] != o.Value);
        var doubled = stored.Count(s => s.Value.Count > 1);
        var confirmed = stored.Values.Count(s => s.Contains("Confirmed"));
        var chain = await ChainAsync(client);
        var result = lost == 0 && doubled == 0 && confirmed == ActivitiesBench.Seats && chain ? "**held**" : "**BROKEN**";
        report.AppendLine("## A host killed with kill -9 in the middle of a rush")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The same rush ({ActivitiesBench.RushRequests:N0} sign-ups, {ActivitiesBench.Seats} seats) through nginx to both hosts; host B killed with SIGKILL once {KillAfterAcknowledged} sign-ups were acknowledged ({killedAt:F2} s into a {seconds:F2} s rush). Sign-ups that got no answer were sent again once, as a client would.")
            .AppendLine()
            .AppendLine("| | |")
            .AppendLine("| --- | ---: |")
            .AppendLine(CultureInfo.InvariantCulture, $"| acknowledged during the rush (201) | {acknowledgedOutcomes.Count:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| no answer (in flight on B when it died) | {failed.Count} ({string.Join(", ", failed.GroupBy(f => f.Value).Select(g => $"{g.Count()}× {Describe(g.Key)}"))}) |")
            .AppendLine(CultureInfo.InvariantCulture, $"| sent again: answered | {string.Join(", ", retried.GroupBy(r => r).Select(g => $"{g.Count()}× {Describe(g.Key)}"))} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| acknowledged sign-ups missing or changed in the database | {lost} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| residents registered twice | {doubled} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| confirmed (seats {ActivitiesBench.Seats}) | {confirmed} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| audit chain verifies | {(chain ? "yes" : "NO")} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Invariants {result}. Host A carried the rest of the rush alone; nginx passed requests that could not reach B to A, so after the kill only the requests already inside B went unanswered.")
            .AppendLine();
        Console.WriteLine($"  kill -9: lost {lost}, doubled {doubled}, confirmed {confirmed}, chain {chain}, no answer {failed.Count}");
    }

    private static async Task RestartDatabaseInTheMiddleAsync(StringBuilder report, BenchHost seed, int activity, IReadOnlyList<int> residents, HttpClient client,
        string restartDatabase, HostProcess a, HostProcess b)
    {
        var answers = new ConcurrentBag<(double Sent, double Answered, int Resident, string Outcome)>();
        var queue = new ConcurrentQueue<int>(residents.Take(OutageSignUps));
        var watch = Stopwatch.StartNew();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var began = watch.Elapsed.TotalSeconds;
            using var command = Process.Start("bash", ["-c", restartDatabase]);
            await command.WaitForExitAsync();
            if (command.ExitCode != 0) throw new InvalidOperationException($"'{restartDatabase}' failed with {command.ExitCode}");
            return (Began: began, Ended: watch.Elapsed.TotalSeconds);
        });
        await Task.WhenAll(Enumerable.Range(0, ActivitiesBench.Clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var resident))
            {
                var sent = watch.Elapsed.TotalSeconds;
                var outcome = await SignUpAsync(client, activity, resident);
                answers.Add((sent, watch.Elapsed.TotalSeconds, resident, outcome));
            }
        })));
        var (began, ended) = await restart;
        // The benchmark's own pooled connections were ended with the rest; the hosts' pools mend themselves.
        Npgsql.NpgsqlConnection.ClearAllPools();
        var readyAgain = Stopwatch.StartNew();
        await HostProcess.WaitReadyAsync(a.Port, TimeSpan.FromSeconds(60));
        await HostProcess.WaitReadyAsync(b.Port, TimeSpan.FromSeconds(60));

        var stored = await StoredAsync(seed, activity);
        var acknowledged = answers.Where(x => !x.Outcome.StartsWith("error", StringComparison.Ordinal)).ToList();
        var lost = acknowledged.Count(x => !stored.ContainsKey(x.Resident));
        var failures = answers.Where(x => x.Outcome.StartsWith("error", StringComparison.Ordinal)).OrderBy(x => x.Answered).ToList();
        var firstSuccessAfter = acknowledged.Where(x => x.Sent > began).Select(x => x.Answered).DefaultIfEmpty(double.NaN).Min();
        var chain = await ChainAsync(client);
        report.AppendLine("## The database restarting under load")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{OutageSignUps:N0} sign-ups (as many seats) through nginx to both hosts; {began:F2} s in, the PostgreSQL server is restarted (`pg_ctl restart -m fast`: every connection ended, the server away until it accepts connections again; done at {ended:F2} s). Linli is not restarted.")
            .AppendLine()
            .AppendLine("| answers | count |")
            .AppendLine("| --- | ---: |");
        foreach (var group in answers.GroupBy(x => Describe(x.Outcome)).OrderByDescending(g => g.Count()))
            report.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count():N0} |");
        report.AppendLine()
            .AppendLine("When the failed sign-ups were sent and answered (seconds into the rush):")
            .AppendLine()
            .AppendLine("| sent | failed | answered after, median s | slowest s |")
            .AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var second in failures.GroupBy(f => Math.Floor(f.Sent * 4) / 4).OrderBy(g => g.Key))
        {
            var waits = second.Select(f => f.Answered - f.Sent).Order().ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {second.Key:F2}–{second.Key + 0.25:F2} | {second.Count()} | {waits[waits.Count / 2]:F2} | {waits[^1]:F2} |");
        }
        report.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Failures answered from {(failures.Count > 0 ? failures[0].Answered : double.NaN):F2} s to {(failures.Count > 0 ? failures[^1].Answered : double.NaN):F2} s; the first sign-up sent after the restart began was acknowledged at {firstSuccessAfter:F2} s ({firstSuccessAfter - ended:F2} s after the server was back). Both hosts answered /health/ready {readyAgain.Elapsed.TotalSeconds:F1} s after the rush. Acknowledged sign-ups missing from the database: {lost}. Audit chain verifies: {(chain ? "yes" : "NO")}.")
            .AppendLine();
        Console.WriteLine($"  database restart: {string.Join(", ", answers.GroupBy(x => Describe(x.Outcome)).Select(g => $"{g.Count()} {g.Key}"))}; lost {lost}; chain {chain}");
    }

    private static string Describe(string outcome) => outcome switch
    {
        "Confirmed" or "Waitlisted" => $"201 {outcome.ToLowerInvariant()}",
        "error 409" => "409 already registered (the first attempt had been written; its answer was lost)",
        "error 502" => "502 from nginx (the host died with the request)",
        "error 503" => "503 with Retry-After (the database out of reach)",
        _ => outcome,
    };

    private static async Task<string> SignUpAsync(HttpClient client, int activity, int resident)
    {
        try
        {
            return await ActivitiesBench.HttpSignUpAsync(client, activity, resident);
        }
        catch (HttpRequestException e)
        {
            return "error " + (e.HttpRequestError.ToString());
        }
    }

    /// <summary>Each resident's registrations for the activity, read straight from the database.</summary>
    private static Task<Dictionary<int, List<string>>> StoredAsync(BenchHost seed, int activity) => seed.AsSystemAsync(async sp =>
        (await sp.GetRequiredService<LinliDb>().Set<Registration>().Where(r => r.ActivityId == activity).Select(r => new { r.ResidentId, r.Status }).ToListAsync())
            .GroupBy(r => r.ResidentId).ToDictionary(g => g.Key, g => g.Select(r => r.Status.ToString()).ToList()));

    private static async Task<bool> ChainAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/audit/verify");
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("valid").GetBoolean();
    }

    private static async Task<string> TokenAsync(int port)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = ActivitiesBench.AdminPassword });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Client(int port, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = ActivitiesBench.Clients }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string NginxVersion()
    {
        using var nginx = Process.Start(new ProcessStartInfo("nginx", "-v") { RedirectStandardError = true })!;
        var version = nginx.StandardError.ReadToEnd().Trim();
        nginx.WaitForExit();
        return version.Replace("nginx version: ", "", StringComparison.Ordinal);
    }

    private sealed record Row(string Name, int Requests, int Confirmed, int Errors, double Seconds, double PerSecond, double P50, double P99)
    {
        public static Row Of(string name, ActivitiesBench.Sample sample)
        {
            var sorted = sample.Latencies.Order().ToList();
            return new Row(name, sorted.Count, sample.Outcomes.Count(o => o == "Confirmed"), sample.Outcomes.Count(o => o.StartsWith("error", StringComparison.Ordinal)),
                sample.Seconds, sorted.Count / sample.Seconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)]);
        }

        public string TableLine => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Requests:N0} | {Confirmed} | {Errors} | {Seconds:F2} | {PerSecond:F0} | {P50:F1} | {P99:F1} |");

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {PerSecond:F0}/s, p50 {P50:F1} ms, p99 {P99:F1} ms, confirmed {Confirmed}, errors {Errors}");
    }
}
