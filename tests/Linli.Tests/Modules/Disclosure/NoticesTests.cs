using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Disclosure;

/// <summary>The notice board: a display window, an archive anyone searches, withdrawal with a reason instead of deletion.</summary>
public sealed class NoticesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string Day(int plus) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(plus).ToString("yyyy-MM-dd");

    private static async Task<List<string>> TitlesAsync(HttpClient client, string url) =>
        [.. (await (await client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(n => n.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Notices_show_in_their_window_stay_in_the_searchable_archive_and_are_withdrawn_not_deleted()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var fees = await (await staff.PostAsJsonAsync("/api/v1/disclosure/notices", new { communityId = tree.CommunityA, title = "停车费收支公示", body = "十一月收支明细见公开页面。", category = "Finance" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((Day(0), Day(6), true), (fees.GetProperty("displayFrom").GetString(), fees.GetProperty("displayUntil").GetString(), fees.GetProperty("onDisplay").GetBoolean()));
        await (await staff.PostAsJsonAsync("/api/v1/disclosure/notices",
            new { communityId = tree.CommunityA, regionId = tree.CompoundA, title = "电梯维修开标", body = "业主代表现场见证开标。", category = "Works", displayFrom = Day(3), displayUntil = Day(10) }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var wrong = await (await staff.PostAsJsonAsync("/api/v1/disclosure/notices", new { communityId = tree.CommunityA, title = "议事会改期", body = "改到周五。" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await (await factory.ClientForAsync(tree.StaffB, TestTree.Password)).PostAsJsonAsync("/api/v1/disclosure/notices",
            new { communityId = tree.CommunityB, title = "乙社区公告", body = "乙社区的事。" })).ReadJsonAsync(HttpStatusCode.Created);

        var bad = await (await staff.PostAsJsonAsync("/api/v1/disclosure/notices",
            new { communityId = tree.CommunityA, title = "", body = "正文", displayFrom = Day(-1), displayUntil = Day(-2) })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["displayFrom", "displayUntil", "title"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("公示开始日期不能早于今天。", bad.GetProperty("errors").GetProperty("displayFrom")[0].GetString());
        var outside = await (await staff.PostAsJsonAsync("/api/v1/disclosure/notices", new { communityId = tree.CommunityA, regionId = tree.CompoundB, title = "越界", body = "越界" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这个小区不在该社区内。", outside.GetProperty("errors").GetProperty("regionId")[0].GetString());

        var id = wrong.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/disclosure/notices/{id}/withdraw", new { reason = "日期写错" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/disclosure/notices/{id}/withdraw", new { reason = "再撤" })).StatusCode);

        var anyone = factory.CreateClient();
        // On display today: not the withdrawn one, not the one that starts in three days, nothing of B.
        Assert.Equal(["停车费收支公示"], await TitlesAsync(anyone, $"/api/v1/public/communities/{tree.CommunityA}/notices"));
        var archive = (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/notices?archive=true")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["议事会改期", "停车费收支公示"], archive.Select(n => n.GetProperty("title").GetString()));
        Assert.Equal("日期写错", archive[0].GetProperty("withdrawnReason").GetString());
        Assert.Equal(["停车费收支公示"], await TitlesAsync(anyone, $"/api/v1/public/communities/{tree.CommunityA}/notices?archive=true&q={Uri.EscapeDataString("收支明细")}"));
        Assert.Empty(await TitlesAsync(anyone, $"/api/v1/public/communities/{tree.CommunityA}/notices?archive=true&q={Uri.EscapeDataString("乙社区")}"));
    }
}
