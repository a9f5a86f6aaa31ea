using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Dashboards.DashboardArrange;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>A street's figures and its communities', computed from the records for the caller's scope; what adds up and what does not.</summary>
public sealed class DashboardsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string China(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd");

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
        // The community's staff see the small count in its compound too.
        Assert.Equal(2, own.GetProperty("children").EnumerateArray().Single().GetProperty("figures").GetProperty("careRecipients").GetInt32());

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
        Assert.Equal("regionId: 请选择区、街道、社区、小区、院落或楼栋。", await RefusedAsync($"regionId={tree.UnitA}"));
    }

    [Fact]
    public async Task A_community_drills_into_its_compound_and_building_by_where_people_live_and_the_rest_is_unplaced()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var wang = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staff, tree.UnitA);
        // 周大爷 lives in the community with no flat on record: he counts for the community and for no compound.
        var zhou = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { communityId = tree.CommunityA, name = "周大爷", gender = "Male", birthDate = "1944-05-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var tea = await AnActivity("茶话会").StartingAt(DateTime.UtcNow.AddDays(-1)).CreateAsync(staff, tree.CommunityA);
        foreach (var resident in new[] { wang, li, zhou }) await CheckInAsync(staff, tea, resident);

        var community = await (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, community.GetProperty("figures").GetProperty("residents").GetInt32());
        var compound = community.GetProperty("children").EnumerateArray().Single();
        Assert.Equal((tree.CompoundA, "甲社区花园", "Compound"), (compound.GetProperty("regionId").GetInt32(), compound.GetProperty("name").GetString(), compound.GetProperty("kind").GetString()));
        Assert.Equal(2, compound.GetProperty("figures").GetProperty("residents").GetInt32());
        Assert.Equal(1, compound.GetProperty("figures").GetProperty("households").GetInt32());
        Assert.Equal(2, compound.GetProperty("figures").GetProperty("personTimes").GetInt32());
        // Activities belong to no one's home: not counted for a compound.
        Assert.False(compound.GetProperty("figures").TryGetProperty("activitiesHeld", out _));
        var unplaced = community.GetProperty("unplaced").GetProperty("figures");
        Assert.Equal(1, unplaced.GetProperty("residents").GetInt32());
        Assert.Equal(1, unplaced.GetProperty("personTimes").GetInt32());
        Assert.False(unplaced.TryGetProperty("uniquePeople", out _));

        // A second building: its one resident counts there and not in the first (one query per source, grouped by place).
        var building2 = await TestTree.CreateAsync(await factory.AdminAsync(), tree.CompoundA, "Building", "2栋", "2");
        var chen = await AResident("陈阿婆").CreateAsync(staff, await TestTree.CreateAsync(await factory.AdminAsync(), building2, "Unit", "201", "201", 70m));
        await CheckInAsync(staff, tea, chen);
        var inCompound = await (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CompoundA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, inCompound.GetProperty("figures").GetProperty("uniquePeople").GetInt32());
        Assert.Equal([("1栋", 2, 2), ("2栋", 1, 1)], inCompound.GetProperty("children").EnumerateArray()
            .Select(b => (b.GetProperty("name").GetString(), b.GetProperty("figures").GetProperty("residents").GetInt32(), b.GetProperty("figures").GetProperty("personTimes").GetInt32()))
            .ToArray());
        var building = await (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.BuildingA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, building.GetProperty("figures").GetProperty("residents").GetInt32());
        Assert.Equal(0, building.GetProperty("children").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, building.GetProperty("unplaced").ValueKind);

        // Another community's compound is out of scope.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CompoundB}")).StatusCode);
    }

    [Fact]
    public async Task Needs_points_requests_and_their_answer_time_come_from_the_modules_records()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var wang = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        await (await staff.PostAsJsonAsync("/api/v1/needs", new { communityId = tree.CommunityA, title = "电动车充电桩", source = "Meeting", households = 2, priority = 1 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/v1/points/awards", new { residentId = wang, points = 30, reason = "参加垃圾分类值守", idempotencyKey = Guid.NewGuid().ToString("N") }))
            .ReadJsonAsync(HttpStatusCode.Created);
        foreach (var text in new[] { "1栋三楼楼道灯坏了。", "2楼水管漏水。" })
            await (await staff.PostAsJsonAsync("/api/v1/care/requests", new { communityId = tree.CommunityA, category = "Property", channel = "Phone", text, regionId = tree.BuildingA }))
                .ReadJsonAsync(HttpStatusCode.Created);
        var requests = (await (await staff.GetAsync($"/api/v1/care/requests?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        await (await staff.PutAsJsonAsync($"/api/v1/care/requests/{requests[0].GetProperty("id").GetInt32()}", new { status = "Answered", response = "已联系物业更换灯泡。" }))
            .ReadJsonAsync(HttpStatusCode.OK);

        var figures = (await (await staff.GetAsync($"/api/v1/dashboards/figures?regionId={tree.CommunityA}&figures=openNeeds,needsRaised,pointsIssued,pointsRedeemed,requestsReceived,openRequests,medianAnswerHours"))
            .ReadJsonAsync(HttpStatusCode.OK)).GetProperty("figures");
        Assert.Equal((1, 1, 30, 0, 2, 1), (figures.GetProperty("openNeeds").GetInt32(), figures.GetProperty("needsRaised").GetInt32(), figures.GetProperty("pointsIssued").GetInt32(),
            figures.GetProperty("pointsRedeemed").GetInt32(), figures.GetProperty("requestsReceived").GetInt32(), figures.GetProperty("openRequests").GetInt32()));
        // Answered within the same minute: a median of (almost) no hours.
        Assert.InRange(figures.GetProperty("medianAnswerHours").GetDecimal(), 0m, 0.1m);
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
        Assert.True(entries["personTimes"].GetProperty("byHome").GetBoolean());
        Assert.False(entries["activitiesHeld"].GetProperty("byHome").GetBoolean());
        Assert.Subset(entries.Keys.ToHashSet(), new HashSet<string> { "residents", "activitiesHeld", "personTimes", "uniquePeople", "volunteerHours", "careRecipients", "overdueCare",
            "openNeeds", "pointsIssued", "pointsRedeemed", "loans", "spaceBookings", "meetingsHeld", "openActions", "overdueActions", "requestsReceived", "openRequests",
            "medianAnswerHours", "openCases" });
        Assert.False(entries["medianAnswerHours"].GetProperty("additive").GetBoolean());
        Assert.True(entries["openCases"].GetProperty("sensitive").GetBoolean());
    }
}
