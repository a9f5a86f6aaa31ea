using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Activities.Attendance;
using Activity = Linli.Web.Modules.Activities.Activity;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Activities under load. The sign-up rush: 1,000 residents sign up for 100 seats through
/// <c>POST /api/v1/activities/{id}/registrations</c> over loopback HTTP from 64 clients at once, beside the same
/// sign-up (<see cref="ActivitiesService.RegisterAsync"/>: the seat's conditional UPDATE, the registration's INSERT
/// and the audit entry) issued directly in a fresh scope per call, 64 at a time: the limit HTTP can approach. Then the
/// attendance figures of a community with 1,000 activities and 100,000 check-ins. Results: bench/results/activities.md.
/// </summary>
internal static class ActivitiesBench
{
    internal const int Residents = 5_000, RushRequests = 1_000, Seats = 100;
    private const int WarmUpRounds = 20, MeasuredRuns = 3;
    internal const int Clients = 64;
    private const int FigureActivities = 1_000, CheckInsPerActivity = 100, FigureIterations = 100;
    internal const string AdminPassword = "Bench@2026-not-secret";

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Activities benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh activities` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Sign-up rush: {RushRequests:N0} different residents sign up for an activity with {Seats} seats, {Clients} at a time, as the platform admin. **HTTP**: `POST /api/v1/activities/{{id}}/registrations` to Kestrel on 127.0.0.1 (bearer token, JSON, the whole pipeline: authentication, scope, ProblemDetails), sent by {Clients} `HttpClient` workers in a client process of their own on the same two cores. **Direct**: `ActivitiesService.RegisterAsync` in a fresh DI scope per sign-up in the server's process, the same checks and the same writing (the `SignUpWriter`'s batches: each sign-up's seat UPDATE and registration INSERT under a savepoint of its own, the batch's audit entries, one commit) without HTTP. Latency per request, from send to answer; the server process's CPU time per sign-up, how much of it the JIT spent compiling, and how busy the machine's cores were (/proc/stat) during each rush. Each way runs three times, alternating, after {WarmUpRounds} warm-up rushes each way on other activities: a server taking sign-ups has been running, while the first rush after a start runs on the JIT's unoptimized first code (shown last), and the JIT goes on recompiling hot code for about a dozen rushes more. Targets: HTTP ≥ 50% of the direct rate, HTTP p99 ≤ 100 ms at {Clients} clients, on SQLite.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Attendance figures: one community with {FigureActivities:N0} activities in a year and {FigureActivities * CheckInsPerActivity:N0} check-ins by {Residents:N0} residents; `AttendanceReport.FiguresAsync` as the community's staff, {FigureIterations} runs each. Target p95 ≤ 50 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("activities.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var (community, residentIds) = await SeedCommunityAsync(host);

        var admin = await SignInAsync(host);
        var adminId = await host.AsUserAsync(new BenchUser("admin", [], []), sp => sp.GetRequiredService<LinliDb>().Users.Where(u => u.UserName == "admin").Select(u => u.Id).FirstAsync());
        // The HTTP clients run in a process of their own, as a server's clients do: in the server's process they
        // shared its thread pool and socket engine, and their queueing could not be told from the server's.
        await using var clients = RushClient.Start(host.BaseAddress!, admin.DefaultRequestHeaders.Authorization!.Parameter!, residentIds);
        Task<Rush> HttpRushAsync(string name) => RushWithNewActivityAsync(host, community, name, clients.RushAsync);
        Task<Rush> DirectRushAsync(string name) => RushWithNewActivityAsync(host, community, name,
            activity => SampleAsync(residentIds, resident => DirectSignUpAsync(host, adminId, activity, resident)));

        // The first rush after a start runs mostly on the JIT's first, unoptimized code; a server taking sign-ups has
        // been running. Warm up both ways, then measure each way three times, alternating.
        var cold = await HttpRushAsync("HTTP, first after start");
        for (var round = 0; round < WarmUpRounds; round++)
        {
            await HttpRushAsync("  warm-up HTTP");
            await DirectRushAsync("  warm-up direct");
        }
        var http = new List<Rush>();
        var direct = new List<Rush>();
        for (var run = 1; run <= MeasuredRuns; run++)
        {
            http.Add(await HttpRushAsync($"HTTP {run}"));
            direct.Add(await DirectRushAsync($"direct {run}"));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine("| sign-up rush | requests | confirmed | waitlisted | errors | seconds | requests/s | p50 ms | p99 ms | server CPU ms per sign-up | JIT ms | machine busy |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in http.Concat(direct).Append(cold))
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Requests:N0} | {r.Confirmed} | {r.Waitlisted} | {r.Errors} | {r.Seconds:F2} | {r.PerSecond:F0} | {r.P50:F1} | {r.P99:F1} | {r.ServerCpu:F2} | {r.Jit:F0} | {r.MachineBusy:P0} |");
        var httpRate = Median(http.Select(r => r.PerSecond));
        report.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"After {WarmUpRounds} warm-up rushes each way: HTTP's median rate {httpRate:F0}/s is {httpRate / Median(direct.Select(r => r.PerSecond)):P0} of the direct rate; HTTP's median p99 {Median(http.Select(r => r.P99)):F1} ms.")
            .AppendLine();

        await SeedAttendanceAsync(host, community, residentIds);
        var staff = new BenchUser("community-staff", [community.Path], [community.Id]);
        var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).Year;
        var figures = new List<Measure.Result>
        {
            await FiguresAsync(host, staff, "a year, everyone", community.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null),
            await FiguresAsync(host, staff, "a month, everyone", community.Id, new DateOnly(year, 6, 1), new DateOnly(year, 6, 30), null),
            await FiguresAsync(host, staff, "a year, residents 80+", community.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "80+"),
            await FiguresAsync(host, staff, "a year, children", community.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "儿童"),
        };
        report.AppendLine(CultureInfo.InvariantCulture, $"Attendance figures ({FigureActivities:N0} activities, {FigureActivities * CheckInsPerActivity:N0} check-ins):")
            .AppendLine()
            .Table(figures)
            .AppendLine();
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task<Rush> RushWithNewActivityAsync(BenchHost host, SeededCommunity community, string name, Func<int, Task<Sample>> rush)
    {
        var activity = await NewActivityAsync(host, community);
        var cpu = new CpuUse();
        var sample = await rush(activity);
        var (serverCpu, jit, machineBusy) = cpu.Stop();
        return Summarize(name, sample, serverCpu.TotalMilliseconds / sample.Latencies.Count, jit.TotalMilliseconds, machineBusy);
    }

    /// <summary>A rush's outcome; <paramref name="ServerCpu"/> is the server process's CPU milliseconds per sign-up, <paramref name="Jit"/> the milliseconds it spent compiling.</summary>
    private sealed record Rush(string Name, int Requests, int Confirmed, int Waitlisted, int Errors, double Seconds, double PerSecond, double P50, double P99,
        double ServerCpu, double Jit, double? MachineBusy);

    /// <summary>What one rush saw: each sign-up's outcome and latency, and how long the whole rush took.</summary>
    internal sealed record Sample(IReadOnlyList<string> Outcomes, IReadOnlyList<double> Latencies, double Seconds);

    /// <summary>Every resident signs up once; {Clients} workers take the next resident as soon as they are free.</summary>
    internal static async Task<Sample> SampleAsync(IEnumerable<int> residents, Func<int, Task<string>> signUp)
    {
        var queue = new ConcurrentQueue<int>(residents.Take(RushRequests));
        var latencies = new ConcurrentBag<double>();
        var outcomes = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var resident))
            {
                var started = Stopwatch.GetTimestamp();
                outcomes.Add(await signUp(resident));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        return new Sample([.. outcomes], [.. latencies], watch.Elapsed.TotalSeconds);
    }

    private static Rush Summarize(string name, Sample sample, double serverCpu, double jit, double? machineBusy)
    {
        var sorted = sample.Latencies.Order().ToList();
        var outcomes = sample.Outcomes;
        var rush = new Rush(name, sorted.Count, outcomes.Count(o => o == "Confirmed"), outcomes.Count(o => o == "Waitlisted"), outcomes.Count(o => o.StartsWith("error", StringComparison.Ordinal)),
            sample.Seconds, sorted.Count / sample.Seconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)], serverCpu, jit, machineBusy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {rush.PerSecond:F0}/s, p50 {rush.P50:F1} ms, p99 {rush.P99:F1} ms, confirmed {rush.Confirmed}, errors {rush.Errors}, server CPU {serverCpu:F2} ms per sign-up, JIT {jit:F0} ms, machine busy {machineBusy:P0}"));
        if (rush.Confirmed != Seats) throw new InvalidOperationException($"{name}: {rush.Confirmed} confirmed for {Seats} seats");
        return rush;
    }

    internal static async Task<string> HttpSignUpAsync(HttpClient client, int activity, int resident)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident });
        if (!response.IsSuccessStatusCode) return $"error {(int)response.StatusCode}";
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("status").GetString()!;
    }

    private static async Task<string> DirectSignUpAsync(BenchHost host, string adminId, int activity, int resident)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, adminId), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, Roles.PlatformAdmin)], "bench"));
        try
        {
            return await host.AsSystemAsync(async sp =>
                (await sp.GetRequiredService<ActivitiesService>().RegisterAsync(activity, resident, RegistrationRole.Participant, user, CancellationToken.None)).Status.ToString());
        }
        catch (Exception e)
        {
            return "error " + e.GetType().Name;
        }
    }

    internal static async Task<HttpClient> SignInAsync(BenchHost host)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    internal static Task<int> NewActivityAsync(BenchHost host, SeededCommunity community, int seats = Seats) => host.AsSystemAsync(async sp =>
    {
        var start = DateTime.UtcNow.AddDays(7);
        var activity = await sp.GetRequiredService<ActivitiesService>().CreateAsync(new NewActivity(community.Id, "长者生日会", null, null,
            DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(start.AddHours(2), DateTimeKind.Utc), seats, ActivityStatus.Published, null, null), CancellationToken.None);
        return activity.Id;
    });

    internal static async Task<(SeededCommunity Community, IReadOnlyList<int> ResidentIds)> SeedCommunityAsync(BenchHost host)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        var seed = new ResidentsSeed(connection, host.IsPostgres, host.Service<FieldEncryptor>());
        var community = (await seed.TreeAsync(1))[0];
        await seed.ResidentsAsync(community, new SyntheticPeople(1, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))), Residents, 1, 0);
        var ids = await host.AsSystemAsync(sp => sp.GetRequiredService<LinliDb>().Set<Linli.Web.Modules.Residents.Resident>().Select(r => r.Id).OrderBy(id => id).ToListAsync());
        return (community, ids);
    }

    /// <summary>{FigureActivities} activities across the year, each with {CheckInsPerActivity} check-ins by different residents, one in ten a walk-in.</summary>
    private static Task<int> SeedAttendanceAsync(BenchHost host, SeededCommunity community, IReadOnlyList<int> residents) => host.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<LinliDb>();
        var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).Year;
        var first = new DateTime(year, 1, 1, 1, 0, 0, DateTimeKind.Utc);
        var activities = Enumerable.Range(0, FigureActivities).Select(i => new Activity(community.Id, $"活动{i}", null, null, first.AddHours(i * 8.7), first.AddHours(i * 8.7 + 2),
            CheckInsPerActivity, ActivityStatus.Finished, null, true, first)).ToList();
        db.Set<Activity>().AddRange(activities);
        await db.SaveChangesAsync();
        var random = new Random(4);
        var checkIns = new List<CheckIn>(FigureActivities * CheckInsPerActivity);
        foreach (var activity in activities)
        {
            var offset = random.Next(residents.Count);
            for (var k = 0; k < CheckInsPerActivity; k++)
                checkIns.Add(new CheckIn(activity, residents[(offset + k * 37) % residents.Count], walkIn: k % 10 == 0, "bench", activity.StartsAt));
        }
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await new BulkInserter<CheckIn>(db).InsertAsync(checkIns, CancellationToken.None);
            await transaction.CommitAsync();
        }
        // Loaded around the check-in path, so tallied afterwards, as the demo community is.
        await sp.GetRequiredService<AttendanceTallies>().RecountAsync(community.Id, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return 0;
    });

    private static Task<Measure.Result> FiguresAsync(BenchHost host, BenchUser staff, string name, int community, DateOnly from, DateOnly to, string? tag) =>
        Measure.RunAsync(name, FigureIterations, () => host.AsUserAsync(staff, sp =>
            sp.GetRequiredService<AttendanceReport>().FiguresAsync(community, from, to, tag, maySeeSensitive: true, CancellationToken.None)));
}
