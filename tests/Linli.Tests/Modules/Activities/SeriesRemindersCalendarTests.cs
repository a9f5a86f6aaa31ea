using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Modules.Activities;

public sealed class SeriesRemindersCalendarTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string China(DateTime chinaLocal) => chinaLocal.ToString("yyyy-MM-ddTHH:mm:ss");

    [Fact]
    public async Task A_weekly_clinic_and_a_monthly_birthday_party_become_one_activity_per_date()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var wednesday = DateTime.UtcNow.AddHours(8).Date.AddDays(1);
        while (wednesday.DayOfWeek != DayOfWeek.Wednesday) wednesday = wednesday.AddDays(1);

        var clinic = await (await staff.PostAsJsonAsync("/api/v1/activities/series", new
        {
            communityId = tree.CommunityA, title = "周三义诊", capacity = 30, status = "Published", category = "义诊",
            startsAt = China(wednesday.AddHours(9)), endsAt = China(wednesday.AddHours(11)), frequency = "Weekly", count = 4,
        })).ReadJsonAsync(HttpStatusCode.Created);
        var dates = clinic.GetProperty("activities").EnumerateArray().Select(a => DateTimeOffset.Parse(a.GetProperty("startsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, dates.Count);
        Assert.All(dates, d => Assert.Equal((DayOfWeek.Wednesday, 9), (d.DayOfWeek, d.Hour)));
        Assert.Equal(TimeSpan.FromDays(21), dates[3] - dates[0]);
        // Each date takes its own sign-ups.
        var second = clinic.GetProperty("activities")[1].GetProperty("id").GetInt32();
        var view = await (await staff.GetAsync($"/api/v1/activities/{second}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("周三义诊", 30, "义诊"), (view.GetProperty("title").GetString(), view.GetProperty("capacity").GetInt32(), view.GetProperty("category").GetString()));

        // The 31st of January falls on the last day of shorter months.
        var year = DateTime.UtcNow.Year + 1;
        var party = await (await staff.PostAsJsonAsync("/api/v1/activities/series", new
        {
            communityId = tree.CommunityA, title = "月度生日会", capacity = 40, status = "Published",
            startsAt = $"{year}-01-31T15:00:00", endsAt = $"{year}-01-31T17:00:00", frequency = "Monthly", count = 3,
        })).ReadJsonAsync(HttpStatusCode.Created);
        var months = party.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("startsAt").GetString()![..10]).ToList();
        Assert.Equal([$"{year}-01-31", $"{year}-02-{DateTime.DaysInMonth(year, 2)}", $"{year}-03-31"], months);

        var tooMany = await (await staff.PostAsJsonAsync("/api/v1/activities/series", new
        {
            communityId = tree.CommunityA, title = "太多", capacity = 5, startsAt = China(wednesday.AddHours(9)), endsAt = China(wednesday.AddHours(10)), frequency = "Weekly", count = 60,
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(tooMany.GetProperty("errors").TryGetProperty("count", out _));
    }

    [Fact]
    public async Task Confirmed_participants_are_reminded_once_the_day_before_and_the_waitlist_is_not()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var soon = DateTime.UtcNow.AddHours(8).AddHours(3);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "健康讲座", capacity = 1, status = "Published", place = "多功能厅",
            startsAt = China(soon), endsAt = China(soon.AddHours(1)),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var clients = new List<HttpClient>();
        foreach (var name in new[] { "前排", "候补" })
        {
            var id = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name, gender = "Male", birthDate = "1950-01-01" }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
            var userName = "m" + Guid.NewGuid().ToString("N")[..10];
            (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
            var client = await factory.ClientForAsync(userName, "Resident-pass-2026");
            await (await client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { })).ReadJsonAsync(HttpStatusCode.Created);
            clients.Add(client);
        }

        var first = await RunRemindersAsync();
        var second = await RunRemindersAsync();
        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var notice = Assert.Single((await (await clients[0].GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.StartsWith("活动提醒：健康讲座 将于", notice.GetProperty("text").GetString());
        Assert.EndsWith("多功能厅。", notice.GetProperty("text").GetString());
        Assert.Empty((await (await clients[1].GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    private async Task<int> RunRemindersAsync()
    {
        var sent = 0;
        await factory.WithServicesAsync(async services => sent = await services.GetRequiredService<ActivityReminders>().RunDueAsync(CancellationToken.None));
        return sent;
    }

    [Fact]
    public async Task A_communitys_calendar_feed_lists_its_published_activities_without_signing_in()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(3);
        foreach (var (title, status) in new[] { ("亲子读书会", "Published"), ("未发布的草稿", "Draft") })
            await (await staff.PostAsJsonAsync("/api/v1/activities", new
            {
                communityId = tree.CommunityA, title, capacity = 10, status, place = "儿童阅览角", startsAt = China(day.AddHours(10)), endsAt = China(day.AddHours(11)),
            })).ReadJsonAsync(HttpStatusCode.Created);

        var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync($"/calendar/{tree.CommunityA}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("SUMMARY:亲子读书会", ics);
        Assert.Contains("LOCATION:儿童阅览角", ics);
        Assert.Contains($"DTSTART:{day.AddHours(10).AddHours(-8):yyyyMMdd'T'HHmmss}Z", ics);
        Assert.DoesNotContain("未发布的草稿", ics);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{tree.UnitA}.ics")).StatusCode);
    }
}
