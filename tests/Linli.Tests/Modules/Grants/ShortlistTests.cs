using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Grants.GrantsSetup;

namespace Linli.Tests.Modules.Grants;

/// <summary>
/// The shortlist on public notice: anyone reads it, a signed-in account objects while it runs, and an application on
/// it is awarded only after the objection period, with the objections to it answered and none upheld.
/// </summary>
public sealed class ShortlistTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task An_application_on_notice_is_awarded_after_the_period_and_not_while_an_objection_to_it_is_open_or_upheld()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var officer = $"district{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(admin, officer, "DistrictOfficer", tree.District);
        var district = await factory.ClientForAsync(officer, TestTree.Password);
        var program = await AProgram().CreateAsync(district, tree.District);
        var organization = await APartner().CreateAsync(district, tree.District);
        int[] applications = [
            await AnApplication(organization, tree.CommunityA, "邻里守望").With("requested", "30000.00").CreateAsync(district, program),
            await AnApplication(organization, tree.CommunityA, "院落微更新").With("requested", "20000.00").CreateAsync(district, program),
            await AnApplication(organization, tree.CommunityA, "未评分的申报").With("requested", "10000.00").CreateAsync(district, program)];
        foreach (var application in applications[..2])
            (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{application}/reviews", new { score = 82 })).EnsureSuccessStatusCode();

        var bad = await (await district.PostAsJsonAsync($"/api/v1/grants/programs/{program}/notices", new { objectionDays = 3,
            entries = new[] { new { applicationId = applications[2], amount = "10000.00" } } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["entries[0].applicationId", "objectionDays"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/grants/programs/{program}/notices", new { objectionDays = 7,
            entries = new[] { new { applicationId = applications[0], amount = "30000.00" } } })).StatusCode);
        var notice = (await (await district.PostAsJsonAsync($"/api/v1/grants/programs/{program}/notices", new { objectionDays = 7, note = "如有异议，请于公示期内提出。",
            entries = new[] { new { applicationId = applications[0], amount = "25000.00" }, new { applicationId = applications[1], amount = "18000.00" } } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var anyone = factory.CreateClient();
        var published = await (await anyone.GetAsync($"/api/v1/public/grants/notices/{notice}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([("邻里守望", 25000.00m, "甲社区"), ("院落微更新", 18000.00m, "甲社区")], published.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("title").GetString(), e.GetProperty("amount").GetDecimal(), e.GetProperty("community").GetString())));
        Assert.True(published.GetProperty("open").GetBoolean());
        Assert.Contains("院落微更新", await (await anyone.GetAsync($"/p/grants/notices/{notice}")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anyone.PostAsJsonAsync($"/api/v1/grants/notices/{notice}/objections", new { text = "匿名" })).StatusCode);

        var award = new { amount = "18000.00", startsOn = Day(ChinaToday.AddMonths(1)), endsOn = Day(ChinaToday.AddMonths(7)) };
        Assert.Equal("入围名单仍在公示期内，公示期满后方可立项。", (await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{applications[1]}/award", award))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var notOnIt = await (await staff.PostAsJsonAsync($"/api/v1/grants/notices/{notice}/objections", new { applicationId = applications[2], text = "它也该公示" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notOnIt.GetProperty("errors").TryGetProperty("applicationId", out _));
        var objection = (await (await staff.PostAsJsonAsync($"/api/v1/grants/notices/{notice}/objections", new { applicationId = applications[1],
            text = "该机构去年同类项目未按期结项。", contact = "13800000000" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        factory.Clock.Advance(TimeSpan.FromDays(8));
        // Tokens age with the clock: sign in again.
        (staff, district) = (await factory.ClientForAsync(tree.StaffA, TestTree.Password), await factory.ClientForAsync(officer, TestTree.Password));
        Assert.Equal("公示期已结束，不再受理异议。", (await (await staff.PostAsJsonAsync($"/api/v1/grants/notices/{notice}/objections", new { text = "晚了" }))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("公示收到的异议尚未答复，答复后方可立项。", (await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{applications[1]}/award", award))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        // Never above what the public was shown.
        var aboveNotice = await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{applications[0]}/award", award with { amount = "30000.00" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("立项金额不能超过公示金额 25000.00 元。", aboveNotice.GetProperty("errors").GetProperty("amount")[0].GetString());
        await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{applications[0]}/award", award with { amount = "25000.00" })).ReadJsonAsync(HttpStatusCode.Created);

        var answered = await (await district.PostAsJsonAsync($"/api/v1/grants/objections/{objection}/answer", new { upheld = true, answer = "经核实属实，不予立项。" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(answered.GetProperty("upheld").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostAsJsonAsync($"/api/v1/grants/objections/{objection}/answer", new { upheld = false, answer = "改判" })).StatusCode);
        Assert.Equal("公示异议成立，该申报不予立项。", (await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{applications[1]}/award", award))
            .ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var objections = await (await district.GetAsync($"/api/v1/grants/notices/{notice}/objections")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("13800000000", Assert.Single(objections.EnumerateArray()).GetProperty("contact").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/grants/notices/{notice}/objections")).StatusCode);
    }
}
