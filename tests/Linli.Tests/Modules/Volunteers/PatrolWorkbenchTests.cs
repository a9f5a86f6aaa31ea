using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Volunteers;

/// <summary>
/// The volunteers' to-dos: a rota that has walked nothing for two weeks is on the workbench until a walk is logged; a
/// helper task of the coming week short of people until it has them.
/// </summary>
public sealed class PatrolWorkbenchTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private async Task<string> WorkbenchAsync(string user) =>
        Regex.Match(WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, user, TestTree.Password)).GetStringAsync("/console")),
            "<section[^>]*data-testid=\"workbench\".*?</section>", RegexOptions.Singleline).Value;

    [Fact]
    public async Task A_quiet_rota_is_a_to_do_until_its_next_walk_is_logged()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var volunteer = await AVolunteerAsync(staff, tree.UnitA, "王阿姨");
        var rota = (await (await staff.PostAsJsonAsync("/api/v1/patrols", new
        {
            communityId = tree.CommunityA, name = "夜巡队", route = "东门—西门", schedule = "每周六", hours = 1, volunteerIds = new[] { volunteer },
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.DoesNotContain("巡逻队两周没有巡逻记录", await WorkbenchAsync(tree.StaffA));

        factory.Clock.Advance(TimeSpan.FromDays(15));
        Assert.Contains("1 支巡逻队两周没有巡逻记录", await WorkbenchAsync(tree.StaffA));
        Assert.DoesNotContain("巡逻队两周没有巡逻记录", await WorkbenchAsync(tree.StaffB));

        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd");
        await (await staff.PostAsJsonAsync($"/api/v1/patrols/{rota}/logs", new { on = today, volunteerIds = new[] { volunteer } })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.DoesNotContain("巡逻队两周没有巡逻记录", await WorkbenchAsync(tree.StaffA));
    }

    [Fact]
    public async Task A_task_of_the_coming_week_short_of_people_is_a_to_do_until_it_has_them()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var first = await AVolunteerAsync(staff, tree.UnitA, "王阿姨");
        var second = await AVolunteerAsync(staff, tree.UnitA, "李叔叔");
        var activity = await AnActivity("助残宣传").StartingAt(factory.Clock.GetUtcNow().UtcDateTime.AddDays(3)).CreateAsync(staff, tree.CommunityA);
        var task = (await (await staff.PostAsJsonAsync("/api/v1/helper-tasks", new { activityId = activity, name = "海报张贴", people = 2 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/helper-tasks/{task}/assignments", new { volunteerId = first })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Contains("1 项任务分工一周内开展，人手未齐", await WorkbenchAsync(tree.StaffA));
        Assert.DoesNotContain("任务分工一周内开展", await WorkbenchAsync(tree.StaffB));

        await (await staff.PostAsJsonAsync($"/api/v1/helper-tasks/{task}/assignments", new { volunteerId = second })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.DoesNotContain("任务分工一周内开展", await WorkbenchAsync(tree.StaffA));
    }
}
