using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Activities;

/// <summary>Buffers, limits, closures, weekly series, approval, residents' group bookings and usage figures.</summary>
public sealed class SpaceRulesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1);

    private static string At(DateTime day, int hour, int minute = 0) => day.AddHours(hour).AddMinutes(minute).ToString("yyyy-MM-ddTHH:mm:ss");

    private static async Task<int> SpaceAsync(HttpClient staff, int community, object rules)
    {
        var body = new Dictionary<string, object?> { ["communityId"] = community, ["name"] = "多功能厅", ["capacity"] = 60 };
        foreach (var p in rules.GetType().GetProperties()) body[p.Name] = p.GetValue(rules);
        return (await (await staff.PostAsJsonAsync("/api/v1/spaces", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient client, int space, string starts, string ends, string purpose = "排练") =>
        client.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = starts, endsAt = ends, purpose });

    [Fact]
    public async Task The_buffer_keeps_time_after_each_booking_and_limits_are_enforced()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var hall = await SpaceAsync(staff, tree.CommunityA, new { kind = "Hall", bufferMinutes = 30, maxBookingMinutes = 180, bookAheadDays = 14 });

        var first = await (await BookAsync(staff, hall, At(Tomorrow, 9), At(Tomorrow, 11))).ReadJsonAsync(HttpStatusCode.Created);
        var tooSoon = await (await BookAsync(staff, hall, At(Tomorrow, 11, 15), At(Tomorrow, 12))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.GetProperty("id").GetInt32(), tooSoon.GetProperty("conflictingBookingId").GetInt32());
        await (await BookAsync(staff, hall, At(Tomorrow, 11, 30), At(Tomorrow, 12))).ReadJsonAsync(HttpStatusCode.Created);
        // Before a booking the buffer of the earlier one counts too: 8:00–8:45 would leave 15 minutes, not 30.
        await (await BookAsync(staff, hall, At(Tomorrow, 8), At(Tomorrow, 8, 45))).ReadJsonAsync(HttpStatusCode.Conflict);

        var tooLong = await (await BookAsync(staff, hall, At(Tomorrow, 13), At(Tomorrow, 17))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("单次预约最长180分钟。", tooLong.GetProperty("errors").GetProperty("endsAt")[0].GetString());
        var far = Tomorrow.AddDays(20);
        var tooFar = await (await BookAsync(staff, hall, At(far, 9), At(far, 10))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("最多可提前14天预约。", tooFar.GetProperty("errors").GetProperty("startsAt")[0].GetString());
        var badBuffer = await (await staff.PostAsJsonAsync("/api/v1/spaces", new { communityId = tree.CommunityA, name = "x", capacity = 5, bufferMinutes = -5 }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(badBuffer.GetProperty("errors").TryGetProperty("bufferMinutes", out _));
    }

    [Fact]
    public async Task A_weekly_series_books_what_it_can_and_reports_each_date_that_conflicts()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var room = await SpaceAsync(staff, tree.CommunityA, new { kind = "GroupRoom" });
        var second = Tomorrow.AddDays(7);
        var fourth = Tomorrow.AddDays(21);
        var taken = await (await BookAsync(staff, room, At(second, 14), At(second, 15), "党员学习")).ReadJsonAsync(HttpStatusCode.Created);
        var closed = await (await staff.PostAsJsonAsync($"/api/v1/spaces/{room}/closures", new { on = fourth.ToString("yyyy-MM-dd"), reason = "设备检修" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Empty(closed.GetProperty("affectedBookingIds").EnumerateArray());

        var series = await (await staff.PostAsJsonAsync($"/api/v1/spaces/{room}/bookings/weekly",
            new { startsAt = At(Tomorrow, 14), endsAt = At(Tomorrow, 16), purpose = "义诊", weeks = 5 })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(3, series.GetProperty("booked").GetArrayLength());
        var conflicts = series.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Equal(2, conflicts.Count);
        Assert.Equal(taken.GetProperty("id").GetInt32(), conflicts[0].GetProperty("conflictingBookingId").GetInt32());
        Assert.StartsWith(second.ToString("yyyy-MM-dd"), conflicts[0].GetProperty("startsAt").GetString());
        Assert.Equal("当天闭馆：设备检修", conflicts[1].GetProperty("reason").GetString());
        Assert.StartsWith(fourth.ToString("yyyy-MM-dd"), conflicts[1].GetProperty("startsAt").GetString());

        var onClosedDay = await (await BookAsync(staff, room, At(fourth, 9), At(fourth, 10))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(onClosedDay.GetProperty("errors").TryGetProperty("startsAt", out _));
    }

    [Fact]
    public async Task A_residents_group_books_a_room_that_needs_approval_and_is_told_the_answer()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var room = await SpaceAsync(staff, tree.CommunityA, new { kind = "GroupRoom", needsApproval = true });
        var staffOnly = await SpaceAsync(staff, tree.CommunityA, new { kind = "CaseworkRoom", residentsMayBook = false });
        var leader = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "队长", gender = "Female", birthDate = "1960-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = "q" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{leader}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, "Resident-pass-2026");

        Assert.Equal(HttpStatusCode.NotFound, (await BookAsync(resident, staffOnly, At(Tomorrow, 9), At(Tomorrow, 10))).StatusCode);
        var booking = await (await resident.PostAsJsonAsync($"/api/v1/spaces/{room}/bookings",
            new { startsAt = At(Tomorrow, 19), endsAt = At(Tomorrow, 21), purpose = "广场舞排练", groupName = "夕阳红舞蹈队" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Pending", booking.GetProperty("status").GetString());
        var id = booking.GetProperty("id").GetInt32();
        // Pending holds the time: nobody else can take it meanwhile.
        await (await BookAsync(staff, room, At(Tomorrow, 20), At(Tomorrow, 21))).ReadJsonAsync(HttpStatusCode.Conflict);

        var pending = await (await staff.GetAsync($"/api/v1/spaces/pending?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("夕阳红舞蹈队", Assert.Single(pending.EnumerateArray()).GetProperty("groupName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsync($"/api/v1/spaces/bookings/{id}/approve", null)).StatusCode);
        await (await staff.PostAsync($"/api/v1/spaces/bookings/{id}/approve", null)).ReadJsonAsync(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/v1/spaces/bookings/{id}/approve", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        var notice = (await (await resident.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("text").GetString();
        Assert.StartsWith("您预约的多功能厅", notice);
        Assert.EndsWith("已通过审核。", notice);

        Assert.Equal(HttpStatusCode.NoContent, (await resident.DeleteAsync($"/api/v1/spaces/bookings/{id}")).StatusCode);
        await (await BookAsync(staff, room, At(Tomorrow, 20), At(Tomorrow, 21))).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Usage_counts_open_days_booked_hours_and_visitors_per_space_and_month()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        // Six days a week, as seed 000's composite space: closed on Mondays.
        var hours = Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Monday).Select(d => new { day = d.ToString(), opens = "09:00", closes = "21:00" }).ToArray();
        var space = await SpaceAsync(staff, tree.CommunityA, new { openingHours = hours });
        var day = Enumerable.Range(1, 7).Select(i => DateTime.UtcNow.AddHours(8).Date.AddDays(i)).First(d => d.DayOfWeek != DayOfWeek.Monday);
        var booking = await (await BookAsync(staff, space, At(day, 9), At(day, 11, 30))).ReadJsonAsync(HttpStatusCode.Created);
        var visitors = await staff.PutAsJsonAsync($"/api/v1/spaces/bookings/{booking.GetProperty("id").GetInt32()}/visitors", new { visitors = 25 });
        Assert.Equal(HttpStatusCode.Conflict, visitors.StatusCode);

        var usage = await (await staff.GetAsync($"/api/v1/spaces/usage?communityId={tree.CommunityA}&year={day.Year}")).ReadJsonAsync(HttpStatusCode.OK);
        var month = usage.EnumerateArray().Single(m => m.GetProperty("spaceId").GetInt32() == space && m.GetProperty("month").GetInt32() == day.Month);
        var expectedOpen = Enumerable.Range(1, DateTime.DaysInMonth(day.Year, day.Month)).Count(d => new DateTime(day.Year, day.Month, d).DayOfWeek != DayOfWeek.Monday);
        Assert.Equal(expectedOpen, month.GetProperty("daysOpen").GetInt32());
        Assert.Equal(1, month.GetProperty("bookings").GetInt32());
        Assert.Equal(2.5, month.GetProperty("hoursBooked").GetDouble());
    }
}
