using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Activities;

public sealed class ActivityLifecycleTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Day = DateTime.UtcNow.AddHours(8).Date.AddDays(2);

    private static object Lecture(int community, int? spaceId, string title = "防诈骗讲座") => new
    {
        communityId = community, title, capacity = 50, status = "Published", spaceId,
        startsAt = Day.AddHours(14).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = Day.AddHours(16).ToString("yyyy-MM-ddTHH:mm:ss"),
    };

    [Fact]
    public async Task An_activity_held_in_a_booked_room_shows_the_room_beside_the_place_people_were_told()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var room = (await (await staff.PostAsJsonAsync("/api/v1/spaces", new { communityId = tree.CommunityA, name = "小组活动室", capacity = 20, needsApproval = false }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var lecture = await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "手机课", capacity = 20, status = "Published", spaceId = room, place = "党群服务中心三楼",
            startsAt = Day.AddHours(9).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = Day.AddHours(11).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = lecture.GetProperty("id").GetInt32();

        var shown = await (await staff.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("党群服务中心三楼", "小组活动室"), (shown.GetProperty("place").GetString(), shown.GetProperty("room").GetString()));
        var page = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        var html = await page.GetStringAsync($"/console/activities/{id}");
        Assert.Contains("<dt class=\"col-6\">场地</dt><dd class=\"col-6\">小组活动室</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"col-6\">地点</dt><dd class=\"col-6\">党群服务中心三楼</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_in_a_space_books_it_or_is_not_created_and_cancelling_frees_it_and_tells_people()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var hall = (await (await staff.PostAsJsonAsync("/api/v1/spaces", new { communityId = tree.CommunityA, name = "多功能厅", capacity = 80, needsApproval = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var lecture = await (await staff.PostAsJsonAsync("/api/v1/activities", Lecture(tree.CommunityA, hall))).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("多功能厅", lecture.GetProperty("place").GetString());
        var bookings = await (await staff.GetAsync($"/api/v1/spaces/{hall}/bookings?from={Day:yyyy-MM-dd}&to={Day.AddDays(1):yyyy-MM-dd}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("防诈骗讲座", "Confirmed"), (bookings[0].GetProperty("purpose").GetString(), bookings[0].GetProperty("status").GetString()));

        // The hall is taken: the second activity is refused and not created.
        var clash = await (await staff.PostAsJsonAsync("/api/v1/activities", Lecture(tree.CommunityA, hall, "同时段的活动"))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.True(clash.TryGetProperty("conflictingBookingId", out _));
        var list = await (await staff.GetAsync($"/api/v1/activities?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("title").GetString() == "同时段的活动");

        var id = lecture.GetProperty("id").GetInt32();
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "听众", gender = "Male", birthDate = "1950-01-01", phone = "13611112222" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{id}/registrations", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);

        await (await staff.PutAsJsonAsync($"/api/v1/activities/{id}/status", new { status = "Draft" })).ReadJsonAsync(HttpStatusCode.Conflict);
        var cancelled = await (await staff.PutAsJsonAsync($"/api/v1/activities/{id}/status", new { status = "Cancelled" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{id}/status", new { status = "Published" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains(factory.Logs.Lines, l => l.Contains("136****2222", StringComparison.Ordinal) && l.Contains("防诈骗讲座", StringComparison.Ordinal) && l.Contains("已取消", StringComparison.Ordinal));
        await (await staff.PostAsJsonAsync("/api/v1/activities", Lecture(tree.CommunityA, hall, "改期后的讲座"))).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_draft_is_published_then_finished_and_takes_sign_ups_only_while_published()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var draft = (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "手工课", capacity = 10, status = "Draft",
            startsAt = Day.AddHours(9).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = Day.AddHours(10).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "学员", gender = "Female", birthDate = "1960-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{draft}/registrations", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{draft}/status", new { status = "Published" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{draft}/registrations", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{draft}/status", new { status = "Finished" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await staff.PutAsJsonAsync($"/api/v1/activities/{draft}/status", new { status = "Published" })).ReadJsonAsync(HttpStatusCode.Conflict);
        var view = await (await staff.GetAsync($"/api/v1/activities/{draft}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Finished", view.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Residents_sign_ups_wait_for_approval_and_take_a_seat_only_when_approved()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "心理团体辅导", capacity = 1, status = "Published", requiresApproval = true,
            startsAt = Day.AddHours(9).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = Day.AddHours(11).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var registrations = new List<(HttpClient Client, int Id)>();
        foreach (var name in new[] { "甲申请", "乙申请" })
        {
            var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name, gender = "Female", birthDate = "1970-01-01" }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
            var userName = "p" + Guid.NewGuid().ToString("N")[..10];
            (await staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
            var client = await factory.ClientForAsync(userName, "Resident-pass-2026");
            var signed = await (await client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { })).ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal("Pending", signed.GetProperty("status").GetString());
            registrations.Add((client, signed.GetProperty("id").GetInt32()));
        }
        var view = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 2), (view.GetProperty("confirmedCount").GetInt32(), view.GetProperty("pendingCount").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await registrations[0].Client.PostAsync($"/api/v1/activities/{activity}/registrations/{registrations[0].Id}/approve", null)).StatusCode);

        var first = await (await staff.PostAsync($"/api/v1/activities/{activity}/registrations/{registrations[0].Id}/approve", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Confirmed", first.GetProperty("status").GetString());
        await (await staff.PostAsync($"/api/v1/activities/{activity}/registrations/{registrations[0].Id}/approve", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        var second = await (await staff.PostAsync($"/api/v1/activities/{activity}/registrations/{registrations[1].Id}/approve", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Waitlisted", second.GetProperty("status").GetString());
        Assert.StartsWith("您报名的心理团体辅导", (await (await registrations[0].Client.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("text").GetString());
        view = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 0), (view.GetProperty("confirmedCount").GetInt32(), view.GetProperty("waitlistedCount").GetInt32(), view.GetProperty("pendingCount").GetInt32()));
    }
}
