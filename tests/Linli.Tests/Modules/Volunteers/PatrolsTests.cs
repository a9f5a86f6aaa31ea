using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Volunteers;

/// <summary>Patrol rotas and their walks: the walkers' service hours, and what a walk found sent on to a 365 request or an action item.</summary>
public sealed class PatrolsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string Day(int plusDays) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(plusDays).ToString("yyyy-MM-dd");

    private static async Task<int> RotaAsync(HttpClient staff, int community, params int[] team) =>
        (await (await staff.PostAsJsonAsync("/api/v1/patrols", new
        {
            communityId = community, name = "最美阳台巡逻队", route = "1号楼—中心花园—北门", schedule = "每周六 19:00–20:30", hours = 1.5m, volunteerIds = team,
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<int> ServicesAsync(HttpClient staff, int volunteer) =>
        (await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/service-records")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength();

    [Fact]
    public async Task A_walk_writes_each_walkers_hours_and_sends_what_it_found_to_a_request_and_an_action_item()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var wang = await AVolunteerAsync(staff, tree.UnitA, "王阿姨");
        var li = await AVolunteerAsync(staff, tree.UnitA, "李叔叔");
        var zhao = await AVolunteerAsync(staff, tree.UnitA, "赵大姐");
        var rota = await RotaAsync(staff, tree.CommunityA, wang, li);
        var meeting = (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings",
            new { communityId = tree.CommunityA, kind = "JointMeeting", title = "联席会议：消防通道", startsAt = "2026-11-20T19:00:00", place = "社区会议室" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var resolution = (await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/resolutions", new { text = "清理消防通道杂物", decidedBy = "Consensus" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        // 赵大姐 stands in for 李叔叔: a volunteer of the community need not be on the team.
        var logged = await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new
        {
            on = Day(-1), volunteerIds = new[] { wang, zhao }, notes = "劝阻两起高空抛物",
            issues = new object[]
            {
                new { text = "路灯不亮", place = "北门", followUp = "Request" },
                new { text = "消防通道堆放杂物", place = "3号楼", followUp = "ActionItem", resolutionId = resolution, responsible = "物业", dueOn = Day(7) },
                new { text = "草坪有烟头", followUp = "None" },
            },
        })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, logged.GetProperty("serviceRecordIds").GetArrayLength());
        var issues = logged.GetProperty("issues");
        var request = issues[0].GetProperty("followUpId").GetInt32();
        var detail = await (await staff.GetAsync($"/api/v1/care/requests/{request}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Volunteer", detail.GetProperty("channel").GetString());
        Assert.Equal("Environment", detail.GetProperty("category").GetString());
        Assert.Equal("巡逻发现（最美阳台巡逻队，北门）：路灯不亮", detail.GetProperty("text").GetString());
        var action = issues[1].GetProperty("followUpId").GetInt32();
        var actions = await (await staff.GetAsync($"/api/v1/deliberation/actions?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var line = actions.EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == action);
        Assert.Equal("消防通道堆放杂物", line.GetProperty("title").GetString());
        Assert.Equal("物业", line.GetProperty("responsible").GetString());
        Assert.Equal("None", issues[2].GetProperty("followUp").GetString());
        Assert.Equal(JsonValueKind.Null, issues[2].GetProperty("followUpId").ValueKind);

        var service = (await (await staff.GetAsync($"/api/v1/volunteers/{zhao}/service-records")).ReadJsonAsync(HttpStatusCode.OK))[0];
        Assert.Equal("最美阳台巡逻队", service.GetProperty("activityName").GetString());
        Assert.Equal(1.5m, service.GetProperty("hours").GetDecimal());
        Assert.Equal("1号楼—中心花园—北门", service.GetProperty("place").GetString());
        Assert.Equal("社区巡逻，发现问题3处", service.GetProperty("content").GetString());
        Assert.Equal("甲社区", service.GetProperty("organizer").GetString());
        Assert.Equal(0, await ServicesAsync(staff, li));

        // A second walk the day before, two hours, with the team only.
        await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new { on = Day(-2), volunteerIds = new[] { wang, li }, hours = 2 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var view = await (await staff.GetAsync($"/api/v1/patrols/{rota}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, view.GetProperty("walks").GetInt32());
        Assert.Equal(7m, view.GetProperty("personHours").GetDecimal());
        Assert.Equal(["李叔叔", "王阿姨"], view.GetProperty("team").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray());
        var latest = view.GetProperty("logs")[0];
        Assert.Equal(Day(-1), latest.GetProperty("date").GetString());
        Assert.Equal(3, latest.GetProperty("issues").GetArrayLength());
        var list = (await (await staff.GetAsync($"/api/v1/patrols?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK))[0];
        Assert.Equal(2, list.GetProperty("walks").GetInt32());
        Assert.Equal(Day(-1), list.GetProperty("lastWalk").GetString());
        Assert.Equal(2, list.GetProperty("team").GetInt32());
    }

    [Fact]
    public async Task A_walk_that_cannot_be_recorded_in_full_records_nothing()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var wang = await AVolunteerAsync(staff, tree.UnitA, "王阿姨");
        var elsewhere = await AVolunteerAsync(staffB, tree.UnitB, "乙社区志愿者");
        var rota = await RotaAsync(staff, tree.CommunityA, wang);

        var outsider = await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new { on = Day(-1), volunteerIds = new[] { wang, elsewhere } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["volunteerIds"], outsider.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray());
        var future = await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new { on = Day(1), volunteerIds = new[] { wang } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(future.GetProperty("errors").TryGetProperty("on", out _));
        // The deliberation's own check (no such resolution here) refuses the action item under the issue's name; the request filed before it and the walk are not kept either.
        var unknownResolution = await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new
        {
            on = Day(-1), volunteerIds = new[] { wang },
            issues = new object[]
            {
                new { text = "路灯不亮", followUp = "Request" },
                new { text = "杂物", followUp = "ActionItem", resolutionId = 999_999, responsible = "物业", dueOn = Day(3) },
            },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["issues[1].resolutionId"], unknownResolution.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray());
        Assert.Equal(0, await ServicesAsync(staff, wang));
        Assert.Equal(0, (await (await staff.GetAsync($"/api/v1/care/requests?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(0, (await (await staff.GetAsync($"/api/v1/patrols/{rota}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("walks").GetInt32());

        await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new { on = Day(-1), volunteerIds = new[] { wang } })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new { on = Day(-1), volunteerIds = new[] { wang } })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await ServicesAsync(staff, wang));

        // A street officer logs walks but adds no action items: that is the community's deliberation.
        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, "patrol-street", "StreetOfficer", tree.Street);
        var street = await factory.ClientForAsync("patrol-street", TestTree.Password);
        var refused = await (await street.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new
        {
            on = Day(-3), volunteerIds = new[] { wang }, issues = new[] { new { text = "杂物", followUp = "ActionItem", resolutionId = 1, responsible = "物业", dueOn = Day(3) } },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(refused.GetProperty("errors").TryGetProperty("issues[0].followUp", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/patrols/{rota}/end", null)).StatusCode);
        await (await staff.PostAsync($"/api/v1/patrols/{rota}/end", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(Day(0), (await (await staff.GetAsync($"/api/v1/patrols/{rota}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("endedOn").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/api/v1/patrols/{rota}")).StatusCode);
    }
}
