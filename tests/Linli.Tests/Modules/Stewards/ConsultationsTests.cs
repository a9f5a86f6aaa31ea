using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Stewards;

/// <summary>
/// Seed 004's door-to-door consultation: one answer per household of the building, the share of each answer — not a
/// vote, and never two answers from one household.
/// </summary>
public sealed class ConsultationsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Each_household_of_the_building_answers_once_and_the_shares_are_rounded_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var flat103 = await TestTree.CreateAsync(admin, tree.BuildingA, "Unit", "103", "103", 70m);
        var flat102 = (await (await admin.GetAsync($"/api/v1/regions/{tree.BuildingA}/children")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "102").GetProperty("id").GetInt32();
        async Task<int> HouseholdAsync(HttpClient by, int? unitId, int? communityId, string name)
        {
            var resident = (await (await by.PostAsJsonAsync("/api/v1/residents", new { unitId, communityId, name, gender = "Female", birthDate = "1958-04-02" }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
            return (await (await by.GetAsync($"/api/v1/residents/{resident}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("householdId").GetInt32();
        }
        var wang = await HouseholdAsync(staff, tree.UnitA, null, "王秀英");
        var li = await HouseholdAsync(staff, flat102, null, "李桂兰");
        var zhang = await HouseholdAsync(staff, flat103, null, "张德明");
        var zhou = await HouseholdAsync(staff, null, tree.CommunityA, "周文华");
        var elsewhere = await HouseholdAsync(staffB, tree.UnitB, null, "乙社区居民");

        var twice = await (await staff.PostAsJsonAsync("/api/v1/consultations", new { communityId = tree.CommunityA, title = "停车方案", options = new[] { "同意", "同意" } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("选项重复。", twice.GetProperty("errors").GetProperty("options[1]")[0].GetString());
        var outside = await (await staff.PostAsJsonAsync("/api/v1/consultations", new { communityId = tree.CommunityA, regionId = tree.CompoundB, title = "停车方案",
            options = new[] { "同意", "不同意" } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("所选地点不在该社区内。", outside.GetProperty("errors").GetProperty("regionId")[0].GetString());
        var consultation = (await (await staff.PostAsJsonAsync("/api/v1/consultations", new { communityId = tree.CommunityA, regionId = tree.BuildingA,
            title = "1栋楼前停车方案", options = new[] { "同意", "不同意" } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Task<HttpResponseMessage> AnswerAsync(int householdId, string option) =>
            staff.PostAsJsonAsync($"/api/v1/consultations/{consultation}/answers", new { householdId, option });

        foreach (var (household, option) in new[] { (wang, "同意"), (li, "同意"), (zhang, "不同意") })
            await (await AnswerAsync(household, option)).ReadJsonAsync(HttpStatusCode.Created);
        var second = await (await AnswerAsync(wang, "不同意")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这户已经答复过了。", second.GetProperty("detail").GetString());
        var notHere = await (await AnswerAsync(zhou, "同意")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这户不住在征询的范围内。", notHere.GetProperty("errors").GetProperty("householdId")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AnswerAsync(elsewhere, "同意")).StatusCode);
        var abstain = await (await AnswerAsync(zhou, "弃权")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请从以下选项中选择：同意、不同意", abstain.GetProperty("errors").GetProperty("option")[0].GetString());

        var result = await (await staff.GetAsync($"/api/v1/consultations/{consultation}/result")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 3), (result.GetProperty("households").GetInt32(), result.GetProperty("answered").GetInt32()));
        Assert.Equal((66.67m, 33.33m), (result.GetProperty("shares").GetProperty("同意").GetDecimal(), result.GetProperty("shares").GetProperty("不同意").GetDecimal()));
        Assert.Equal((2, 1), (result.GetProperty("counts").GetProperty("同意").GetInt32(), result.GetProperty("counts").GetProperty("不同意").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/api/v1/consultations/{consultation}/result")).StatusCode);

        var early = await (await staff.PostAsync($"/api/v1/consultations/{consultation}/notice", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("先结束征询，再公示结果。", early.GetProperty("detail").GetString());
        var closed = await (await staff.PostAsync($"/api/v1/consultations/{consultation}/close", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(closed.GetProperty("closed").GetBoolean());
        // The result goes up on the board as a notice of the building anyone can read, once.
        var published = await (await staff.PostAsync($"/api/v1/consultations/{consultation}/notice", null)).ReadJsonAsync(HttpStatusCode.OK);
        var noticeId = published.GetProperty("noticeId").GetInt32();
        var board = await (await factory.CreateClient().GetAsync($"/api/v1/public/communities/{tree.CommunityA}/notices")).ReadJsonAsync(HttpStatusCode.OK);
        var notice = board.EnumerateArray().Single(n => n.GetProperty("id").GetInt32() == noticeId);
        Assert.Equal("入户征询结果：1栋楼前停车方案", notice.GetProperty("title").GetString());
        Assert.Equal("本次征询应征询 3 户，已答复 3 户。同意 66.67%（2 户）；不同意 33.33%（1 户）。\n比例按已答复户数计算，为征询意见，不是业主大会表决。",
            notice.GetProperty("body").GetString());
        var again = await (await staff.PostAsync($"/api/v1/consultations/{consultation}/notice", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("结果已经公示了。", again.GetProperty("detail").GetString());
        Assert.Equal(noticeId, (await (await staff.GetAsync($"/api/v1/consultations/{consultation}/result")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("noticeId").GetInt32());
        var community = (await (await staff.PostAsJsonAsync("/api/v1/consultations", new { communityId = tree.CommunityA, title = "社区议事厅开放时间",
            options = new[] { "工作日晚上", "周末全天", "都可以" } })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/consultations/{community}/answers", new { householdId = zhou, option = "周末全天" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/consultations/{community}/close", null)).ReadJsonAsync(HttpStatusCode.OK);
        var afterClose = await (await staff.PostAsJsonAsync($"/api/v1/consultations/{community}/answers", new { householdId = wang, option = "都可以" }))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("征询已结束。", afterClose.GetProperty("detail").GetString());
        var whole = await (await staff.GetAsync($"/api/v1/consultations/{community}/result")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((4, 1, 100.00m), (whole.GetProperty("households").GetInt32(), whole.GetProperty("answered").GetInt32(),
            whole.GetProperty("shares").GetProperty("周末全天").GetDecimal()));
    }
}
