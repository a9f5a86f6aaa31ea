using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>A street's figures and its communities', computed from the records for the caller's scope; what adds up and what does not.</summary>
public sealed class DashboardsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string China(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd");

    private static async Task<HttpClient> StreetOfficerAsync(LinliFactory factory, TestTree tree)
    {
        var name = $"street{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), name, "StreetOfficer", tree.Street);
        return await factory.ClientForAsync(name, TestTree.Password);
    }

    private static async Task CheckInAsync(HttpClient staff, int activity, int resident) =>
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task A_streets_additive_figures_are_its_communities_sum_and_unique_people_count_each_person_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var wang = await AResident("王秀英").CreateAsync(staffA, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staffA, tree.UnitA);
        var zhao = await AResident("赵大姐").CreateAsync(staffB, tree.UnitB);
        var started = DateTime.UtcNow.AddDays(-2);
        var tea = await AnActivity("茶话会").StartingAt(started).CreateAsync(staffA, tree.CommunityA);
        var craft = await AnActivity("手工课").StartingAt(started.AddHours(3)).CreateAsync(staffA, tree.CommunityA);
        var talk = await AnActivity("健康讲座").StartingAt(started).CreateAsync(staffB, tree.CommunityB);
        // 王秀英 came twice: two person-times, one person.
        await CheckInAsync(staffA, tea, wang);
        await CheckInAsync(staffA, craft, wang);
        await CheckInAsync(staffA, craft, li);
        await CheckInAsync(staffB, talk, zhao);
        var volunteer = (await (await staffA.PostAsJsonAsync("/api/v1/volunteers", new { residentId = li, skills = new[] { "手工" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staffA.PostAsJsonAsync($"/api/v1/volunteers/{volunteer}/service-records", new
        {
            activityName = "手工课", date = China(started), place = "活动室", content = "教剪纸", hours = 2.5m, organizer = "甲社区", personInCharge = "社工",
        })).ReadJsonAsync(HttpStatusCode.Created);

        var street = await StreetOfficerAsync(factory, tree);
        var period = $"from={China(DateTime.UtcNow.AddDays(-10))}&to={China(DateTime.UtcNow)}";
        var figures = await (await street.GetAsync($"/api/v1/dashboards/figures?regionId={tree.Street}&{period}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(tree.Street, figures.GetProperty("regionId").GetInt32());
        var total = figures.GetProperty("figures");
        Assert.Equal(3, total.GetProperty("residents").GetInt32());
        Assert.Equal(3, total.GetProperty("activitiesHeld").GetInt32());
        Assert.Equal(4, total.GetProperty("personTimes").GetInt32());
        Assert.Equal(3, total.GetProperty("uniquePeople").GetInt32());
        Assert.Equal(2.5m, total.GetProperty("volunteerHours").GetDecimal());
        Assert.Equal(1, total.GetProperty("volunteers").GetInt32());

        var children = figures.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("figures"));
        Assert.Equal(["乙社区", "甲社区"], children.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(3, children["甲社区"].GetProperty("personTimes").GetInt32());
        Assert.Equal(2, children["甲社区"].GetProperty("uniquePeople").GetInt32());
        Assert.Equal(1, children["乙社区"].GetProperty("personTimes").GetInt32());
        foreach (var additive in new[] { "residents", "activitiesHeld", "personTimes", "volunteerHours" })
            Assert.Equal(total.GetProperty(additive).GetDecimal(), children.Values.Sum(c => c.GetProperty(additive).GetDecimal()));

        // The same period a year before: nothing held.
        var lastYear = $"from={China(DateTime.UtcNow.AddYears(-1).AddDays(-10))}&to={China(DateTime.UtcNow.AddYears(-1))}";
        var before = await (await street.GetAsync($"/api/v1/dashboards/figures?regionId={tree.Street}&{lastYear}&figures=personTimes,uniquePeople"))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["personTimes", "uniquePeople"], before.GetProperty("figures").EnumerateObject().Select(f => f.Name).ToArray());
        Assert.Equal(0, before.GetProperty("figures").GetProperty("personTimes").GetInt32());
    }

    [Fact]
    public async Task Sensitive_counts_under_five_are_withheld_from_a_street_officer_and_shown_to_the_communitys_staff()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        foreach (var name in new[] { "张德明", "王秀英" })
        {
            var resident = await AResident(name).BornOn("1938-03-01").CreateAsync(staff, tree.UnitA);
            (await staff.PutAsJsonAsync($"/api/v1/residents/{resident}/care", new { grade = "B", responsible = "陈老师" })).EnsureSuccessStatusCode();
        }
        var own = await (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CommunityA}&figures=careRecipients")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, own.GetProperty("figures").GetProperty("careRecipients").GetInt32());
        Assert.Equal(0, own.GetProperty("children").GetArrayLength());

        var street = await StreetOfficerAsync(factory, tree);
        var withheld = await (await street.GetAsync($"/api/v1/dashboards/figures?regionId={tree.Street}&figures=careRecipients,residents")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("figures").GetProperty("careRecipients").ValueKind);
        Assert.Equal(["careRecipients"], withheld.GetProperty("suppressed").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(2, withheld.GetProperty("figures").GetProperty("residents").GetInt32());
    }

    [Fact]
    public async Task A_communitys_staff_sees_only_its_own_and_bad_periods_and_keys_are_named()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.Street}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CommunityB}")).StatusCode);

        async Task<string> RefusedAsync(string query)
        {
            var problem = await (await staff.GetAsync($"/api/v1/dashboards/figures?{query}")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            var error = problem.GetProperty("errors").EnumerateObject().Single();
            return $"{error.Name}: {error.Value[0].GetString()}";
        }
        Assert.Equal("to: 结束日期不能早于开始日期。", await RefusedAsync($"regionId={tree.CommunityA}&from=2026-05-01&to=2026-04-30"));
        Assert.Equal("to: 统计期间不能超过 10 年。", await RefusedAsync($"regionId={tree.CommunityA}&from=2015-01-01&to=2025-01-02"));
        Assert.Equal("figures: 没有名为“visitors”的指标。", await RefusedAsync($"regionId={tree.CommunityA}&figures=personTimes,visitors"));
        Assert.Equal("regionId: 请选择区、街道或社区。", await RefusedAsync($"regionId={tree.CompoundA}"));
    }

    [Fact]
    public async Task The_catalogue_says_what_adds_up()
    {
        var admin = await factory.AdminAsync();
        var catalogue = await (await admin.GetAsync("/api/v1/dashboards/catalogue")).ReadJsonAsync(HttpStatusCode.OK);
        var entries = catalogue.EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        Assert.Equal("参与人次", entries["personTimes"].GetProperty("label").GetString());
        Assert.Equal("人次", entries["personTimes"].GetProperty("unit").GetString());
        Assert.True(entries["personTimes"].GetProperty("additive").GetBoolean());
        Assert.False(entries["uniquePeople"].GetProperty("additive").GetBoolean());
        Assert.True(entries["careRecipients"].GetProperty("sensitive").GetBoolean());
        Assert.Subset(entries.Keys.ToHashSet(), new HashSet<string> { "residents", "activitiesHeld", "personTimes", "uniquePeople", "volunteerHours", "careRecipients", "overdueCare" });
    }
}
