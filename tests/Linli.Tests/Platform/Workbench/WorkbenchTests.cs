using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Workbench;

/// <summary>The console's home lists each community's waiting work, as the modules report it, to those whose role does that work.</summary>
public sealed class WorkbenchTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Day = DateTime.UtcNow.AddHours(8).Date.AddDays(2);

    [Fact]
    public async Task A_sign_up_waiting_for_approval_appears_on_the_staff_workbench_and_leaves_it_when_approved()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "心理团体辅导", capacity = 5, status = "Published", requiresApproval = true,
            startsAt = Day.AddHours(9).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = Day.AddHours(11).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "申请人", gender = "Female", birthDate = "1970-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = "w" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var registration = (await (await (await factory.ClientForAsync(userName, "Resident-pass-2026"))
            .PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        Assert.Contains("1 个活动报名待审核", await WorkbenchAsync(tree.StaffA));
        Assert.DoesNotContain("活动报名待审核", await WorkbenchAsync(tree.StaffB));

        (await staff.PostAsync($"/api/v1/activities/{activity}/registrations/{registration}/approve", null)).EnsureSuccessStatusCode();
        Assert.DoesNotContain("活动报名待审核", await WorkbenchAsync(tree.StaffA));
    }

    private async Task<string> WorkbenchAsync(string userName)
    {
        var page = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, userName, TestTree.Password)).GetStringAsync("/console"));
        return Regex.Match(page, "<section[^>]*data-testid=\"workbench\".*?</section>", RegexOptions.Singleline).Value;
    }
}
