using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Residents;

public sealed class CareLedgerTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    private static async Task<int> RegisterAsync(HttpClient staff, int unit, string name, string birthDate) =>
        (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = unit, name, gender = "Female", birthDate }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    [Fact]
    public async Task The_overdue_list_shows_who_is_past_due_and_shrinks_when_they_are_visited()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var admin = await factory.AdminAsync();
        var emptyUnit = await TestTree.CreateAsync(admin, tree.BuildingA, "Unit", $"9{Random.Shared.Next(100, 999)}", "x" + Guid.NewGuid().ToString("N")[..5], 50m);
        var alone = await RegisterAsync(staff, tree.UnitA, "独居奶奶", "1941-01-15");
        var inCare = await RegisterAsync(staff, emptyUnit, "照护对象", "1990-06-01");
        await RegisterAsync(staff, emptyUnit, "同住家人", "1992-06-01");
        (await staff.PutAsJsonAsync($"/api/v1/residents/{inCare}/care", new { grade = "A", responsible = "李社工", needs = "康复" })).EnsureSuccessStatusCode();

        // Never visited, the elder living alone is due at once; the new grade-A recipient is not yet.
        var overdue = await OverdueAsync(staff, tree.CommunityA);
        Assert.Equal([alone], overdue.Select(o => o.GetProperty("residentId").GetInt32()));
        Assert.Equal("LivingAloneUnseen", overdue[0].GetProperty("reason").GetString());

        await (await staff.PostAsJsonAsync($"/api/v1/residents/{alone}/visits",
            new { on = Today.ToString("yyyy-MM-dd"), kind = "HomeVisit", visitor = "李社工", findings = "身体尚好，冰箱空了", needs = "助餐", followUp = "联系助餐点" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Empty(await OverdueAsync(staff, tree.CommunityA));

        // Ten days on: the week of grade A and the community's three days have both passed.
        factory.Clock.Advance(TimeSpan.FromDays(10));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        overdue = await OverdueAsync(staff, tree.CommunityA);
        Assert.Contains(overdue, o => o.GetProperty("residentId").GetInt32() == alone && o.GetProperty("daysSinceContact").GetInt32() == 10);
        Assert.Contains(overdue, o => o.GetProperty("residentId").GetInt32() == inCare && o.GetProperty("reason").GetString() == "GradeInterval");

        var detail = await (await staff.GetAsync($"/api/v1/residents/{alone}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("身体尚好，冰箱空了", detail.GetProperty("visits")[0].GetProperty("findings").GetString());
    }

    [Fact]
    public async Task A_visit_in_the_future_is_refused()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var id = await RegisterAsync(staff, tree.UnitA, "张奶奶", "1940-01-01");
        var problem = await (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/visits",
            new { on = Today.AddDays(2).ToString("yyyy-MM-dd"), visitor = "李社工", findings = "提前写好" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("on", out _));
    }

    [Fact]
    public async Task The_birthday_list_holds_the_80_plus_born_in_the_month()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var year = Today.Year;
        await RegisterAsync(staff, tree.UnitA, "寿星甲", $"{year - 85}-07-20");
        await RegisterAsync(staff, tree.UnitA, "寿星乙", $"{year - 80}-07-02");
        await RegisterAsync(staff, tree.UnitA, "年轻人", $"{year - 79}-07-10");
        await RegisterAsync(staff, tree.UnitA, "八月生", $"{year - 90}-08-10");
        var list = await (await staff.GetAsync($"/api/v1/residents/care/birthdays?communityId={tree.CommunityA}&month=7")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["寿星乙", "寿星甲"], list.EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal(80, list[0].GetProperty("turns").GetInt32());
    }

    private static async Task<List<JsonElement>> OverdueAsync(HttpClient staff, int community) =>
        [.. (await (await staff.GetAsync($"/api/v1/residents/care/overdue?communityId={community}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()];
}
