using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Tests.Modules.Grants;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Dashboards.DashboardArrange;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>The figures of the register's groups, the participants, the compounds' committees, the grants and the rooms, each from its module's records.</summary>
public sealed class ModuleFiguresTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static async Task<JsonElement> FiguresAsync(HttpClient client, int region, string figures, string? period = null) =>
        await (await client.GetAsync($"/api/v1/dashboards/figures?regionId={region}&figures={figures}{(period is null ? "" : "&" + period)}")).ReadJsonAsync(HttpStatusCode.OK);

    private static decimal? Value(JsonElement figures, string key) =>
        figures.GetProperty("figures").GetProperty(key) is { ValueKind: JsonValueKind.Number } value ? value.GetDecimal() : null;

    [Fact]
    public async Task Age_bands_children_and_sealed_tags_are_counted_today_to_the_day_and_small_counts_are_withheld_from_the_street()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        await AResident("王秀英").BornOn($"{Today.AddYears(-70):yyyy-MM-dd}").CreateAsync(staffA, tree.UnitA);
        await AResident("李桂兰").BornOn($"{Today.AddYears(-80).AddDays(1):yyyy-MM-dd}").CreateAsync(staffA, tree.UnitA);
        await (await staffA.PostAsJsonAsync("/api/v1/residents", new
        {
            unitId = tree.UnitA, name = "周大爷", gender = "Male", birthDate = "1940-03-03", tags = new[] { "低保", "残疾" }, disability = new { kind = "Physical", grade = 2 },
        })).ReadJsonAsync(HttpStatusCode.Created);
        await AResident("小明").BornOn($"{Today.AddYears(-14).AddDays(1):yyyy-MM-dd}").CreateAsync(staffA, tree.UnitA);
        await AResident("小红").BornOn($"{Today.AddYears(-14):yyyy-MM-dd}").CreateAsync(staffA, tree.UnitA);
        await AResident("赵大姐").BornOn("1960-06-01").CreateAsync(staffB, tree.UnitB);
        const string groups = "aged60,aged70,aged80,children,disabled,lowIncome";

        // 王秀英 turns 70 today, 李桂兰 80 tomorrow; 小明 turns 14 tomorrow, 小红 today.
        var community = await FiguresAsync(staffA, tree.CommunityA, groups);
        Assert.Equal([3m, 3m, 1m, 1m, 1m, 1m], groups.Split(',').Select(k => Value(community, k)));
        var compound = community.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("regionId").GetInt32() == tree.CompoundA).GetProperty("figures");
        Assert.Equal(3, compound.GetProperty("aged70").GetInt32());
        Assert.Equal(1, compound.GetProperty("disabled").GetInt32());

        var street = await FiguresAsync(await StreetOfficerAsync(factory, tree), tree.Street, groups);
        Assert.Equal([4m, 3m, 1m, null, null, null], groups.Split(',').Select(k => Value(street, k)));
        Assert.Equal(["children", "disabled", "lowIncome"], street.GetProperty("suppressed").EnumerateArray().Select(s => s.GetString()).Order());
    }

    [Fact]
    public async Task New_participants_never_came_before_the_period_and_the_others_are_returning()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var wang = await AResident("王秀英").CreateAsync(staffA, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staffA, tree.UnitA);
        var zhao = await AResident("赵大姐").CreateAsync(staffB, tree.UnitB);
        var spring = await AnActivity("春季健步走").StartingAt(DateTime.UtcNow.AddDays(-60)).CreateAsync(staffA, tree.CommunityA);
        var tea = await AnActivity("茶话会").StartingAt(DateTime.UtcNow.AddDays(-2)).CreateAsync(staffA, tree.CommunityA);
        var talk = await AnActivity("健康讲座").StartingAt(DateTime.UtcNow.AddDays(-2)).CreateAsync(staffB, tree.CommunityB);
        await CheckInAsync(staffA, spring, wang);
        await CheckInAsync(staffA, tea, wang);
        await CheckInAsync(staffA, tea, li);
        await CheckInAsync(staffB, talk, zhao);

        var period = $"from={Today.AddDays(-10):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        var street = await FiguresAsync(await StreetOfficerAsync(factory, tree), tree.Street, "uniquePeople,newParticipants,returningParticipants", period);
        Assert.Equal([3m, 2m, 1m], new[] { "uniquePeople", "newParticipants", "returningParticipants" }.Select(k => Value(street, k)));
        var b = street.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("regionId").GetInt32() == tree.CommunityB).GetProperty("figures");
        Assert.Equal(1, b.GetProperty("newParticipants").GetInt32());
        Assert.Equal(0, b.GetProperty("returningParticipants").GetInt32());
    }

    [Fact]
    public async Task Committees_grants_money_and_the_days_rooms_are_open_come_from_their_modules()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await (await staffA.PostAsJsonAsync($"/api/v1/assemblies/compounds/{tree.CompoundA}/terms", new
        {
            number = 1, startsOn = $"{Today.AddDays(-30):yyyy-MM-dd}", endsOn = $"{Today.AddYears(5):yyyy-MM-dd}", members = new[] { new { name = "罗琼英", role = "Director" } },
        })).ReadJsonAsync(HttpStatusCode.Created);

        var district = await GrantsSetup.OfficerAsync(factory, admin, tree.District);
        var project = await GrantsSetup.AwardedAsync(district, admin, tree, GrantsSetup.MonthsAgo(1),
            [new { key = "Services", target = 1 }, new { key = "PersonTimes", target = 5 }]);
        var line = (await (await staffA.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("budgetLines")[0].GetProperty("id").GetInt32();
        await (await staffA.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures",
            new { budgetLineId = line, amount = "368.50", on = $"{Today:yyyy-MM-dd}", payee = "社区超市" })).ReadJsonAsync(HttpStatusCode.Created);

        // Open Monday to Friday from today, closed on the first weekday after it: a week has four open days.
        var weekdays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
        var space = (await (await staffA.PostAsJsonAsync("/api/v1/spaces", new
        {
            communityId = tree.CommunityA, name = "多功能活动室", capacity = 40,
            openingHours = weekdays.Select(d => new { day = d, opens = "09:00", closes = "17:00" }),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var closed = Enumerable.Range(1, 6).Select(Today.AddDays).First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        await (await staffA.PostAsJsonAsync($"/api/v1/spaces/{space}/closures", new { on = $"{closed:yyyy-MM-dd}", reason = "设备检修" })).ReadJsonAsync(HttpStatusCode.Created);

        var street = await StreetOfficerAsync(factory, tree);
        var today = await FiguresAsync(street, tree.Street, "compounds,compoundsWithCommittee,committeeShare,grantProjects,grantAwarded,grantSpent,grantProjectsRunning");
        Assert.Equal([2m, 1m, 50m, 1m, 20000m, 368.5m, 1m],
            new[] { "compounds", "compoundsWithCommittee", "committeeShare", "grantProjects", "grantAwarded", "grantSpent", "grantProjectsRunning" }.Select(k => Value(today, k)));
        var week = await FiguresAsync(street, tree.Street, "spaceOpenDays", $"from={Today:yyyy-MM-dd}&to={Today.AddDays(6):yyyy-MM-dd}");
        Assert.Equal(4m, Value(week, "spaceOpenDays"));
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        Assert.Equal(0m, Value(await FiguresAsync(street, tree.Street, "grantSpent,spaceOpenDays", $"from={lastMonth:yyyy-MM-dd}&to={lastMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}"), "spaceOpenDays"));

        // Closed today with one service held and one person-time against targets of 1 and 5: one of its two targets reached.
        var held = await AnActivity("邻里议事培训").StartingAt(DateTime.UtcNow.AddHours(-3)).With("grantProjectId", project).CreateAsync(staffA, tree.CommunityA);
        await CheckInAsync(staffA, held, await AResident("罗琼英").CreateAsync(staffA, tree.UnitA));
        var targets = new[] { "grantTargets", "grantTargetsReached", "grantAttainment" };
        var running = await FiguresAsync(street, tree.Street, string.Join(',', targets));
        Assert.Equal([0m, 0m, 0m], targets.Select(k => Value(running, k)));
        await (await district.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reviews", new { stage = "Closing", heldOn = $"{Today:yyyy-MM-dd}", findings = "服务场次达标，人次未达标。",
            conclusion = "Pass" })).ReadJsonAsync(HttpStatusCode.Created);
        var closing = await FiguresAsync(street, tree.Street, string.Join(',', targets));
        Assert.Equal([2m, 1m, 50m], targets.Select(k => Value(closing, k)));
    }
}
