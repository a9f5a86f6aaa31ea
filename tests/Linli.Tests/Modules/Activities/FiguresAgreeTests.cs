using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Activities;

/// <summary>
/// One activity counted everywhere it shows: the API's figures, the console's figures and the list under them, the
/// portal's seats left and the public page's person-times say the same thing.
/// </summary>
public sealed partial class FiguresAgreeTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task Signed_up_listed_checked_in_and_public_figures_agree()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity("亲子阅读会").WithCapacity(2).StartingAt(factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(30)).CreateAsync(staff, tree.CommunityA);
        var (first, second, third, helper, walkIn) = (await AResident("张一").CreateAsync(staff, tree.UnitA), await AResident("张二").CreateAsync(staff, tree.UnitA),
            await AResident("张三").CreateAsync(staff, tree.UnitA), await AResident("张帮").CreateAsync(staff, tree.UnitA), await AResident("张来").CreateAsync(staff, tree.UnitA));

        // A grandmother signs her grandson up in the portal.
        var grandmother = await AResident("李奶奶").BornOn("1955-02-02").CreateAsync(staff, tree.UnitA);
        var grandson = await AResident("李小孙").BornOn("2017-06-01").CreateAsync(staff, tree.UnitA);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{grandson}/guardians", new { guardianId = grandmother })).StatusCode);
        var userName = "g" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{grandmother}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var portal = await factory.ClientForAsync(userName, "Resident-pass-2026");

        foreach (var person in new[] { first, second })
            await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = person })).ReadJsonAsync(HttpStatusCode.Created);
        await (await portal.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = grandson })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = third })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = helper, role = "Helper" })).ReadJsonAsync(HttpStatusCode.Created);
        foreach (var person in new[] { first, walkIn })
            await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = person })).ReadJsonAsync(HttpStatusCode.Created);

        var figures = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 2, 1, 2, 1), (figures.GetProperty("confirmedCount").GetInt32(), figures.GetProperty("waitlistedCount").GetInt32(),
            figures.GetProperty("helperCount").GetInt32(), figures.GetProperty("checkedInCount").GetInt32(), figures.GetProperty("walkInCount").GetInt32()));

        var console = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password)).GetStringAsync($"/console/activities/{activity}"));
        Assert.Contains("2 / 2", console);
        var table = console[console.IndexOf("data-testid=\"attendee-table\"", StringComparison.Ordinal)..];
        var rows = Row().Matches(table[..table.IndexOf("</table>", StringComparison.Ordinal)]).Select(m => Regex.Replace(m.Value, "<[^>]+>", " ")).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(2, rows.Count(r => r.Contains("已确认") && !r.Contains("协助")));
        Assert.Equal(2, rows.Count(r => r.Contains("候补")));
        Assert.Single(rows, r => r.Contains("协助"));
        Assert.Equal(2, rows.Count(r => r.Contains("已签到")));
        Assert.Single(rows, r => r.Contains("现场签到") && r.Contains("张来"));
        Assert.Single(rows, r => r.Contains("李小孙") && r.Contains("候补"));

        var seats = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, userName, "Resident-pass-2026")).GetStringAsync("/portal/activities"));
        Assert.Contains("剩余名额 0", seats);
        // Once it has begun, the record is published with the figures Linli counted.
        factory.Clock.Advance(TimeSpan.FromMinutes(40));
        (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/record", new { summary = "孩子们读了三本绘本。", published = true })).EnsureSuccessStatusCode();
        var shown = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/a/{activity}"));
        Assert.Contains("2人次参加", shown);
    }

    [GeneratedRegex("<tr>\\s*<td.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
