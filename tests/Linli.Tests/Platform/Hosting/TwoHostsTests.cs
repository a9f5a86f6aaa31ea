using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using Linli.Tests.Modules.Points;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Platform.Hosting;

/// <summary>
/// Two hosts on one database stay one Linli: each accepts the other's tokens and cookies (the key ring is in the
/// database), a sign-up rush split across them fills exactly the seats with one audit chain, and each scheduled
/// firing of a job runs on one host only (Quartz's clustered store). PostgreSQL only: scripts/test.sh leaves
/// these out of the SQLite run, where one host is the design.
/// </summary>
[Trait("Hosts", "Several")]
public sealed partial class TwoHostsTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    [Fact]
    public async Task A_token_and_a_cookie_from_one_host_open_the_other()
    {
        var fromA = await hosts.A.AdminAsync();
        var onB = hosts.B.CreateClient();
        onB.DefaultRequestHeaders.Authorization = fromA.DefaultRequestHeaders.Authorization;
        Assert.Equal("admin", (await (await onB.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("userName").GetString());

        var cookies = new CookieContainer();
        await BrowserSession.SignInAsync(hosts.A, "admin", LinliFactory.AdminPassword, cookies);
        var console = hosts.B.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        var page = await console.GetAsync("/console/audit");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"audit-table\"", await page.Content.ReadAsStringAsync());

        // Sealed with the field key ring: the table holds no key in the clear.
        var stored = await hosts.A.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Select(k => k.Xml!).ToList()));
        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.DoesNotContain("<masterKey", xml));
        Assert.All(stored, xml => Assert.Contains("enc:v1:", xml));
    }

    [Fact]
    public async Task A_sign_up_rush_split_across_the_hosts_fills_exactly_the_seats_and_the_chain_verifies()
    {
        var tree = await TestTree.CreateAsync(hosts.A);
        var (staffA, staffB) = (await hosts.A.ClientForAsync(tree.StaffA, TestTree.Password), await hosts.B.ClientForAsync(tree.StaffA, TestTree.Password));
        var activity = await AnActivity("两台主机的讲座").WithCapacity(5).CreateAsync(staffA, tree.CommunityA);
        var people = new List<int>();
        for (var i = 0; i < 24; i++) people.Add(await AResident($"抢位{i}").CreateAsync(i % 2 == 0 ? staffA : staffB, tree.UnitA));

        var answers = await Task.WhenAll(people.Select((person, i) =>
            (i % 2 == 0 ? staffA : staffB).PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = person })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var figures = await (await staffB.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, figures.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(19, figures.GetProperty("waitlistedCount").GetInt32());
        var verification = await (await (await hosts.B.AdminAsync()).GetAsync("/api/v1/audit/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
    }

    [Fact]
    public async Task Redemptions_split_across_the_hosts_never_overdraw_a_balance_or_the_stock()
    {
        var tree = await TestTree.CreateAsync(hosts.A);
        var (staffA, staffB) = (await hosts.A.ClientForAsync(tree.StaffA, TestTree.Password), await hosts.B.ClientForAsync(tree.StaffA, TestTree.Password));
        var saver = await PointsTests.ResidentAsync(staffA, tree.UnitA, "两台主机的积分户");
        await PointsTests.AwardAsync(staffA, saver, 100);
        var rice = await PointsTests.ItemAsync(staffB, tree.CommunityA, "大米一袋", 10, 6);

        // Twenty attempts at once, half on each host: the stock (6) runs out before the balance (10).
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? staffA : staffB).PostAsJsonAsync("/api/v1/points/redemptions",
            new { residentId = saver, catalogItemId = rice, quantity = 1, idempotencyKey = Guid.NewGuid().ToString("N") })));

        Assert.Equal(6, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(14, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(40, (await (await staffB.GetAsync($"/api/v1/points/accounts/{saver}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("balance").GetInt32());
        var catalog = await (await staffA.GetAsync($"/api/v1/points/catalog?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, catalog.EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == rice).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Each_scheduled_firing_of_a_job_runs_on_one_host_only()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<(string Job, string Scheduled)> firings = [];
        while (firings.Count(f => f.Job == "UserSessions") < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            firings = [.. hosts.A.Logs.Lines.Concat(hosts.B.Logs.Lines).Select(l => Fired().Match(l)).Where(m => m.Success)
                .Select(m => (m.Groups["job"].Value, m.Groups["at"].Value))];
        }

        Assert.True(firings.Count(f => f.Job == "UserSessions") >= 4, $"{firings.Count} firings in 30 s");
        Assert.All(firings.GroupBy(f => f), firing => Assert.Single(firing));
        // One trigger for the cluster, not one per host: every firing is on the same beat, the interval apart.
        var beat = firings.Where(f => f.Job == "UserSessions").Select(f => DateTimeOffset.Parse(f.Scheduled, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.All(beat.Skip(1), at => Assert.Equal(0, (at - beat[0]).Ticks % TimeSpan.FromMinutes(double.Parse(TwoHosts.JobInterval, System.Globalization.CultureInfo.InvariantCulture)).Ticks));
    }

    [GeneratedRegex(@"Debug Linli\.Web\.Platform\.Jobs\.PeriodicWorkJob: (?<job>\w+) fired for (?<at>\S+)")]
    private static partial Regex Fired();
}
