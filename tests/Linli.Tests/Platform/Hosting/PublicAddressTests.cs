using System.Net;
using System.Net.Http.Json;
using Ical.Net;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Platform.Hosting;

/// <summary>A site reached through an internal address whose residents know it as https://linli.example.org.</summary>
public sealed class PublicAddressFactory : LinliFactory
{
    public const string Base = "https://linli.example.org";

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Linli:PublicBaseUrl", Base)];
}

/// <summary>What Linli prints or sends carries the public address, whichever address the staff member used.</summary>
public sealed class PublicAddressTests(PublicAddressFactory factory) : IClassFixture<PublicAddressFactory>
{
    [Fact]
    public async Task Posters_and_certificates_carry_the_public_address()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity("二维码签到").CreateAsync(staff, tree.CommunityA);

        var poster = await (await staff.GetAsync($"/api/v1/activities/{activity}/checkin-code")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.StartsWith($"{PublicAddressFactory.Base}/portal/activities/{activity}?code=", poster.GetProperty("url").GetString());
        Assert.StartsWith($"/portal/activities/{activity}?code=", poster.GetProperty("path").GetString());

        // The A4 poster carries the same address under a QR of its own, with what, when and where.
        var sheet = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password)).GetStringAsync($"/console/activities/{activity}/poster"));
        Assert.Contains(poster.GetProperty("url").GetString()!, sheet);
        Assert.Contains("二维码签到", sheet);
        Assert.Contains("class=\"poster-qr\" src=\"data:image/png;base64,", sheet);
        Assert.DoesNotContain("console-header", sheet);

        var resident = await AResident("王证明").CreateAsync(staff, tree.UnitA);
        var volunteer = (await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = resident, skills = new[] { "理发" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd");
        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{volunteer}/service-records", new
        {
            activityName = "义剪", date = yesterday, hours = 2, place = "社区活动室", content = "为长者理发", organizer = "社区", personInCharge = "李社工",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var certificate = await (await staff.PostAsync($"/api/v1/volunteers/{volunteer}/certificates", null)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{PublicAddressFactory.Base}/verify/{certificate.GetProperty("number").GetString()}", certificate.GetProperty("verifyUrl").GetString());
    }

    [Fact]
    public async Task The_calendar_feed_has_site_wide_uids_and_keeps_a_cancelled_activity_as_cancelled()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var held = await AnActivity("如期举行").CreateAsync(staff, tree.CommunityA);
        var called = await AnActivity("因雨取消").CreateAsync(staff, tree.CommunityA);
        var draft = await AnActivity("从未公布").Draft().CreateAsync(staff, tree.CommunityA);
        foreach (var cancelled in new[] { called, draft })
            Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/v1/activities/{cancelled}/status", new { status = "Cancelled" })).StatusCode);

        var feed = Calendar.Load(await factory.CreateClient().GetStringAsync($"/calendar/{tree.CommunityA}.ics"))!;

        var events = feed.Events.ToDictionary(e => e.Summary!);
        Assert.Equal($"activity-{held}@linli.example.org", events["如期举行"].Uid);
        Assert.Equal("CONFIRMED", events["如期举行"].Status);
        Assert.Equal($"activity-{called}@linli.example.org", events["因雨取消"].Uid);
        Assert.Equal("CANCELLED", events["因雨取消"].Status);
        Assert.True(events["因雨取消"].Sequence > events["如期举行"].Sequence);
        Assert.False(events.ContainsKey("从未公布"));
    }
}
