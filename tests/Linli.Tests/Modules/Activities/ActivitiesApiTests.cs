using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Activities;

public sealed class ActivitiesApiTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1);

    internal static async Task<int> CreateActivityAsync(HttpClient staff, int community, int capacity, string status = "Published") =>
        (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = community, title = "长者生日会", capacity, status,
            startsAt = Tomorrow.AddHours(14).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = Tomorrow.AddHours(16).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    internal static async Task<int> ResidentAsync(HttpClient staff, int unit, string name) =>
        (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = unit, name, gender = "Female", birthDate = "1945-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<JsonElement> RegisterAsync(HttpClient staff, int activity, int resident, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident })).ReadJsonAsync(expected);

    private static async Task<JsonElement> ActivityAsync(HttpClient client, int activity) =>
        await (await client.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Capacity_is_absolute_and_a_cancellation_promotes_the_first_waitlisted()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await CreateActivityAsync(staff, tree.CommunityA, capacity: 2);
        var people = new List<int>();
        foreach (var name in new[] { "甲", "乙", "丙", "丁" }) people.Add(await ResidentAsync(staff, tree.UnitA, name));

        var first = await RegisterAsync(staff, activity, people[0]);
        Assert.Equal("Confirmed", first.GetProperty("status").GetString());
        Assert.Equal("Confirmed", (await RegisterAsync(staff, activity, people[1])).GetProperty("status").GetString());
        var third = await RegisterAsync(staff, activity, people[2]);
        Assert.Equal("Waitlisted", third.GetProperty("status").GetString());
        Assert.Equal("Waitlisted", (await RegisterAsync(staff, activity, people[3])).GetProperty("status").GetString());
        await RegisterAsync(staff, activity, people[0], HttpStatusCode.Conflict);

        var figures = await ActivityAsync(staff, activity);
        Assert.Equal(2, figures.GetProperty("capacity").GetInt32());
        Assert.Equal(2, figures.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(2, figures.GetProperty("waitlistedCount").GetInt32());

        var cancelled = await staff.DeleteAsync($"/api/v1/activities/{activity}/registrations/{first.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        figures = await ActivityAsync(staff, activity);
        Assert.Equal(2, figures.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(1, figures.GetProperty("waitlistedCount").GetInt32());
        // 丙 waited longest and has the seat now; 甲 may sign up again and waits behind 丁.
        Assert.Equal("Waitlisted", (await RegisterAsync(staff, activity, people[0])).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Check_ins_count_once_and_walk_ins_are_marked()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await CreateActivityAsync(staff, tree.CommunityA, capacity: 10);
        var registered = await ResidentAsync(staff, tree.UnitA, "报名者");
        var walkIn = await ResidentAsync(staff, tree.UnitA, "路过者");
        await RegisterAsync(staff, activity, registered);

        var checkIn = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = registered, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.False(checkIn.GetProperty("walkIn").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = registered, reason = "纸质签到表补录" })).StatusCode);
        var walked = await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = walkIn, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(walked.GetProperty("walkIn").GetBoolean());

        var figures = await ActivityAsync(staff, activity);
        Assert.Equal(2, figures.GetProperty("checkedInCount").GetInt32());
        Assert.Equal(1, figures.GetProperty("walkInCount").GetInt32());
    }

    [Fact]
    public async Task Bad_activities_are_refused_naming_the_field()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var start = Tomorrow.AddHours(9).ToString("yyyy-MM-ddTHH:mm:ss");
        var negative = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "讲座", capacity = -5, startsAt = start, endsAt = Tomorrow.AddHours(10).ToString("yyyy-MM-ddTHH:mm:ss") }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(negative.GetProperty("errors").TryGetProperty("capacity", out _));
        var backwards = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "讲座", capacity = 5, startsAt = start, endsAt = Tomorrow.AddHours(8).ToString("yyyy-MM-ddTHH:mm:ss") }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("结束时间必须晚于开始时间。", backwards.GetProperty("errors").GetProperty("endsAt")[0].GetString());

        // A draft takes no sign-ups; a resident of another community is not this activity's.
        var draft = await CreateActivityAsync(staff, tree.CommunityA, 5, "Draft");
        var someone = await ResidentAsync(staff, tree.UnitA, "草稿报名");
        await RegisterAsync(staff, draft, someone, HttpStatusCode.Conflict);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var outsider = await ResidentAsync(staffB, tree.UnitB, "乙社区居民");
        var published = await CreateActivityAsync(staff, tree.CommunityA, 5);
        var problem = await RegisterAsync(staff, published, outsider, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("residentId", out _));
    }

    [Fact]
    public async Task A_resident_signs_up_for_themselves_and_cannot_sign_up_others()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await CreateActivityAsync(staff, tree.CommunityA, capacity: 5);
        var me = await ResidentAsync(staff, tree.UnitA, "自己报名");
        var neighbour = await ResidentAsync(staff, tree.UnitA, "邻居");
        var userName = "self" + Guid.NewGuid().ToString("N")[..8];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{me}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, "Resident-pass-2026");

        var mine = await (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(me, mine.GetProperty("residentId").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = neighbour })).StatusCode);
        Assert.Equal(1, (await ActivityAsync(resident, activity)).GetProperty("confirmedCount").GetInt32());
    }
}
