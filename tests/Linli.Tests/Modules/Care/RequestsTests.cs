using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Care.Requests;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Care;

/// <summary>
/// The 365 line: a resident asks on a phone, staff answer within the category's target, the resident confirms and
/// rates; a request past its target goes before the community's head; a request becomes a mediation without
/// retyping; the public figures name nobody.
/// </summary>
public sealed class RequestsTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    [Fact]
    public async Task A_resident_asks_staff_answer_within_the_target_and_the_resident_rates_the_answer()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var (resident, userName) = await ResidentAsync(staff, tree.UnitA, "刘建国");
        var (neighbour, _) = await ResidentAsync(staff, tree.UnitA, "陈玉珍");

        var filed = await (await resident.PostAsJsonAsync("/api/v1/me/requests", new { category = "PublicAffairs", text = "想给母亲办理老年证，需要带哪些材料？" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = filed.GetProperty("id").GetInt32();
        Assert.Equal(factory.Clock.GetUtcNow().AddHours(72), filed.GetProperty("dueAt").GetDateTimeOffset());
        var elderly = await (await neighbour.PostAsJsonAsync("/api/v1/me/requests", new { category = "ElderlyServices", text = "想报名助餐。" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(factory.Clock.GetUtcNow().AddHours(24), elderly.GetProperty("dueAt").GetDateTimeOffset());

        var own = (await (await resident.GetAsync("/api/v1/me/requests")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([id], own.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsJsonAsync($"/api/v1/me/requests/{id}/confirmation", new { resolved = true, rating = 1 })).StatusCode);

        var noAnswer = await (await staff.PutAsJsonAsync($"/api/v1/care/requests/{id}", new { status = "Answered" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("此项必填。", noAnswer.GetProperty("errors").GetProperty("response")[0].GetString());
        Assert.Equal("Acknowledged", (await (await staff.PutAsJsonAsync($"/api/v1/care/requests/{id}", new { status = "Acknowledged" }))
            .ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var early = await (await resident.PostAsJsonAsync($"/api/v1/me/requests/{id}/confirmation", new { resolved = true, rating = 5 })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("诉求还没有答复，暂不能评价。", early.GetProperty("detail").GetString());
        factory.Clock.Advance(TimeSpan.FromHours(5));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var answered = await (await staff.PutAsJsonAsync($"/api/v1/care/requests/{id}", new { status = "Answered", response = "带身份证、户口本和两张一寸照片到一楼窗口。" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Answered", answered.GetProperty("status").GetString());

        resident = await factory.ClientForAsync(userName, ResidentPassword);
        var notices = (await (await resident.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Contains($"你的诉求（编号 {id}）已有答复，请查看并评价。", notices);
        var badRating = await (await resident.PostAsJsonAsync($"/api/v1/me/requests/{id}/confirmation", new { resolved = true, rating = 6 }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(badRating.GetProperty("errors").TryGetProperty("rating", out _));
        var rated = await (await resident.PostAsJsonAsync($"/api/v1/me/requests/{id}/confirmation", new { resolved = true, rating = 5, comment = "很清楚" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Closed", 5), (rated.GetProperty("status").GetString(), rated.GetProperty("rating").GetInt32()));

        var anyone = factory.CreateClient();
        var figures = await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/requests")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 1, 1, 5.0, 5.0), (figures.GetProperty("received").GetInt32(), figures.GetProperty("open").GetInt32(), figures.GetProperty("answered").GetInt32(),
            figures.GetProperty("medianHoursToAnswer").GetDouble(), figures.GetProperty("averageRating").GetDouble()));
        Assert.DoesNotContain("老年证", figures.ToString());
        Assert.DoesNotContain("刘建国", figures.ToString());
    }

    [Fact]
    public async Task A_request_past_its_target_is_listed_as_overdue_and_goes_before_the_community_head_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var filed = await (await staff.PostAsJsonAsync("/api/v1/care/requests", new { communityId = tree.CommunityA, category = "Property", channel = "Phone",
            text = "1栋三楼楼道灯坏了。", regionId = tree.BuildingA })).ReadJsonAsync(HttpStatusCode.Created);
        var id = filed.GetProperty("id").GetInt32();
        var overdue = () => staff.GetAsync($"/api/v1/care/requests?communityId={tree.CommunityA}&overdue=true");
        Assert.Empty((await (await overdue()).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());

        factory.Clock.Advance(TimeSpan.FromHours(49));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var late = Assert.Single((await (await overdue()).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal((id, "1栋", true), (late.GetProperty("id").GetInt32(), late.GetProperty("place").GetString(), late.GetProperty("overdue").GetBoolean()));
        var escalated = 0;
        await factory.WithServicesAsync(async s => escalated = await s.GetRequiredService<RequestEscalation>().RunDueAsync(CancellationToken.None));
        await factory.WithServicesAsync(async s => escalated += await s.GetRequiredService<RequestEscalation>().RunDueAsync(CancellationToken.None));
        Assert.True(escalated >= 1);
        var notices = (await (await staff.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(n => n.GetProperty("text").GetString()).Where(t => t == $"诉求（编号 {id}）已超过答复时限，请督办。").ToList();
        Assert.Single(notices);
        Assert.True((await (await overdue()).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("escalated").GetBoolean());

        var mediation = (await (await staff.PostAsJsonAsync($"/api/v1/care/requests/{id}/mediation", new { issue = "Neighbours" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var opened = await (await staff.GetAsync($"/api/v1/mediation/cases/{mediation}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("RequestLine", "1栋三楼楼道灯坏了。", "1栋"), (opened.GetProperty("channel").GetString(), opened.GetProperty("summary").GetString(),
            opened.GetProperty("place").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/care/requests/{id}/mediation", new { issue = "Neighbours" })).StatusCode);
        Assert.Equal(mediation, (await (await staff.GetAsync($"/api/v1/care/requests/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("mediationId").GetInt32());

        var need = (await (await staff.PostAsJsonAsync($"/api/v1/care/requests/{id}/need", new { })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var listed = (await (await staff.GetAsync($"/api/v1/needs?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(n => n.GetProperty("id").GetInt32() == need);
        Assert.Equal(("1栋三楼楼道灯坏了。", "Request", 1), (listed.GetProperty("title").GetString(), listed.GetProperty("source").GetString(), listed.GetProperty("households").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/care/requests/{id}/need", new { })).StatusCode);
    }

    [Fact]
    public async Task Bad_requests_get_field_errors_and_another_community_cannot_reach_a_request()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var (resident, _) = await ResidentAsync(staff, tree.UnitA, "刘建国");
        var missing = await (await resident.PostAsJsonAsync("/api/v1/me/requests", new { text = "路灯坏了" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("此项必填。", missing.GetProperty("errors").GetProperty("category")[0].GetString());
        var id = (await (await resident.PostAsJsonAsync("/api/v1/me/requests", new { category = "Environment", text = "垃圾桶满了没人清。" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var back = await (await staff.PutAsJsonAsync($"/api/v1/care/requests/{id}", new { status = "Received" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(back.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/care/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/care/requests/{id}", new { status = "Closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/care/requests?communityId={tree.CommunityA}")).StatusCode);
        var outside = await (await staff.PostAsJsonAsync("/api/v1/care/requests", new { communityId = tree.CommunityA, category = "Property", channel = "Phone",
            text = "乙社区的事", regionId = tree.CompoundB })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("地点须在本社区内。", outside.GetProperty("errors").GetProperty("regionId")[0].GetString());
    }

    /// <summary>A resident on the register with a portal account, signed in; the user name signs them in again after the clock moves.</summary>
    private async Task<(HttpClient Client, string UserName)> ResidentAsync(HttpClient staff, int unit, string name)
    {
        var id = await AResident(name).CreateAsync(staff, unit);
        var userName = $"r{id}{Guid.NewGuid().ToString("N")[..4]}";
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = ResidentPassword })).StatusCode);
        return (await factory.ClientForAsync(userName, ResidentPassword), userName);
    }
}
