using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Disclosure;

/// <summary>Seed 002 case 3's fire system in the open: a budget, bids opened before owners, the choice at a third of it, progress, acceptance.</summary>
public sealed class WorksTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Works_go_from_an_opening_witnessed_by_owners_to_an_award_with_its_saving_progress_and_acceptance_all_public()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var meeting = (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings",
            new { communityId = tree.CommunityA, kind = "OwnersForum", title = "业主大讲堂", startsAt = "2026-11-20T19:00:00", place = "活动室" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var resolution = (await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions",
            new { text = "消防系统只在原有基础上维修，自主招标", decidedBy = "Consensus", publish = true })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var works = await (await staff.PostAsJsonAsync("/api/v1/disclosure/works",
            new { communityId = tree.CommunityA, regionId = tree.CompoundA, title = "消防系统维修", fundedBy = "住宅专项维修资金", budget = "3080000", resolutionId = resolution }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = works.GetProperty("id").GetInt32();
        Assert.Equal(("Planned", "消防系统只在原有基础上维修，自主招标"), (works.GetProperty("status").GetString(), works.GetProperty("basis").GetString()));

        var early = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/award", new { bidId = 1, reason = "未开标" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择本项工程开标时的一家投标单位。", early.GetProperty("errors").GetProperty("bidId")[0].GetString());
        var unwitnessed = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/opening",
            new { witnesses = 0, bids = new[] { new { bidder = "蓉安消防", quote = "1026000" } } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("开标须有业主代表见证，请填写见证人数（至少 1 人）。", unwitnessed.GetProperty("errors").GetProperty("witnesses")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/opening", new
        {
            witnesses = 6,
            bids = new[] { new { bidder = "四川蓉安消防工程有限公司", quote = "1026000" }, new { bidder = "成都锦城机电安装有限公司", quote = "1185500" } },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/opening",
            new { witnesses = 3, bids = new[] { new { bidder = "后来者", quote = "1" } } })).StatusCode);

        var opened = await (await staff.GetAsync($"/api/v1/disclosure/works/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var cheapest = opened.GetProperty("bids")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/award", new { bidId = cheapest, reason = "报价最低，资质符合" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/progress", new { percent = 30, note = "维修已启动" })).StatusCode);
        var back = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/progress", new { percent = 20, note = "倒退" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("进度不能低于已记录的 30%。", back.GetProperty("errors").GetProperty("percent")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/disclosure/works/{id}/acceptance", new { result = "合格，消防检测通过" })).StatusCode);

        var page = await (await factory.CreateClient().GetAsync($"/api/v1/public/communities/{tree.CommunityA}/works")).ReadJsonAsync(HttpStatusCode.OK);
        var shown = page.EnumerateArray().Single();
        Assert.Equal(("Accepted", 100, "四川蓉安消防工程有限公司", 1026000m, 2054000m, 6),
            (shown.GetProperty("status").GetString(), shown.GetProperty("percent").GetInt32(), shown.GetProperty("awardedTo").GetString(),
             shown.GetProperty("awardedQuote").GetDecimal(), shown.GetProperty("saving").GetDecimal(), shown.GetProperty("witnesses").GetInt32()));
        Assert.Equal(2, shown.GetProperty("bids").GetArrayLength());
        Assert.Empty((await (await factory.CreateClient().GetAsync($"/api/v1/public/communities/{tree.CommunityB}/works")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }
}
