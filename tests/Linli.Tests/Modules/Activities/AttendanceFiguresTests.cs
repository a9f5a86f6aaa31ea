using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Activities.Attendance;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Activities;

/// <summary>The figures foundations ask for, counted from check-ins: person-times, unique people, by period and tag.</summary>
public sealed class AttendanceFiguresTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1);

    private static async Task<int> ActivityOnAsync(HttpClient staff, int community, DateTime day) =>
        (await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = community, title = "义诊", capacity = 30, status = "Published",
            startsAt = day.AddHours(9).ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = day.AddHours(11).ToString("yyyy-MM-ddTHH:mm:ss"),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task CheckInAsync(HttpClient staff, int activity, int resident) =>
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).ReadJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Person_times_and_unique_people_come_from_the_check_ins_by_period_and_tag()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var first = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow);
        var second = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow.AddDays(1));
        var later = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow.AddDays(10));
        var elder = await AResident("老王").Male().BornOn("1940-02-02").CreateAsync(staff, tree.UnitA);
        var young = await AResident("小李").Male().BornOn("1990-02-02").CreateAsync(staff, tree.UnitA);
        var walkIn = await AResident("老赵").Male().BornOn("1938-03-03").CreateAsync(staff, tree.UnitA);
        var onlyLater = await AResident("小周").Male().BornOn("1995-04-04").CreateAsync(staff, tree.UnitA);
        foreach (var (activity, resident) in new[] { (first, elder), (second, elder), (first, young), (later, young) })
            await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);
        await CheckInAsync(staff, first, elder);
        await CheckInAsync(staff, first, young);
        await CheckInAsync(staff, second, elder);
        await CheckInAsync(staff, second, walkIn);
        await CheckInAsync(staff, later, young);
        await CheckInAsync(staff, later, onlyLater);

        var period = $"communityId={tree.CommunityA}&from={Tomorrow:yyyy-MM-dd}&to={Tomorrow.AddDays(1):yyyy-MM-dd}";
        var all = await (await staff.GetAsync($"/api/v1/activities/figures?{period}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 4, 3, 1), (all.GetProperty("activities").GetInt32(), all.GetProperty("personTimes").GetInt32(),
            all.GetProperty("uniquePeople").GetInt32(), all.GetProperty("walkIns").GetInt32()));

        // Someone who came only after the period is not one of its people; with no period, everyone who came is.
        var ever = await (await staff.GetAsync($"/api/v1/activities/figures?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 6, 4), (ever.GetProperty("activities").GetInt32(), ever.GetProperty("personTimes").GetInt32(), ever.GetProperty("uniquePeople").GetInt32()));
        var after = await (await staff.GetAsync($"/api/v1/activities/figures?communityId={tree.CommunityA}&from={Tomorrow.AddDays(2):yyyy-MM-dd}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 2, 2), (after.GetProperty("activities").GetInt32(), after.GetProperty("personTimes").GetInt32(), after.GetProperty("uniquePeople").GetInt32()));

        var elders = await (await staff.GetAsync($"/api/v1/activities/figures?{period}&tag=Elderly80Plus")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 2), (elders.GetProperty("personTimes").GetInt32(), elders.GetProperty("uniquePeople").GetInt32()));

        var listed = await (await staff.GetAsync($"/api/v1/activities?{period}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([first, second], listed.EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
    }

    /// <summary>One activity in the boundary test: when it starts (China time) and who came, walk-in or not.</summary>
    private sealed record Held(DateTime StartsChina, (int Resident, bool WalkIn)[] Came);

    [Fact]
    public async Task Figures_for_any_period_match_the_check_ins_across_China_time_month_and_year_boundaries()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        // Future dates, so that sign-ups are still open: a signed-up person's check-in is not a walk-in.
        var y = DateTime.UtcNow.Year + 2;
        var elder = await AResident("老孙").Male().BornOn("1930-05-05").CreateAsync(staff, tree.UnitA);
        var (a, b, c) = (await AResident("小钱").Male().BornOn("1991-01-01").CreateAsync(staff, tree.UnitA), await AResident("小吴").Male().BornOn("1992-02-02").CreateAsync(staff, tree.UnitA),
            await AResident("小郑").Male().BornOn("1993-03-03").CreateAsync(staff, tree.UnitA));
        Held[] held =
        [
            new(new DateTime(y - 1, 12, 31, 23, 30, 0), [(elder, false), (a, true)]),
            new(new DateTime(y, 1, 1, 0, 30, 0), [(elder, false), (b, false)]),
            new(new DateTime(y, 1, 31, 22, 0, 0), [(a, false)]),
            // 07:00 in China on 1 February is still 31 January in UTC: it counts for February.
            new(new DateTime(y, 2, 1, 7, 0, 0), [(elder, true), (b, false), (c, true)]),
            new(new DateTime(y, 3, 15, 9, 0, 0), [(c, false)]),
            new(new DateTime(y, 12, 31, 20, 0, 0), [(a, false), (b, true)]),
            new(new DateTime(y + 1, 1, 1, 9, 0, 0), [(elder, false)]),
        ];
        foreach (var activity in held)
        {
            var id = (await (await staff.PostAsJsonAsync("/api/v1/activities", new
            {
                communityId = tree.CommunityA, title = "边界活动", capacity = 10, status = "Published",
                startsAt = activity.StartsChina.ToString("yyyy-MM-ddTHH:mm:ss"), endsAt = activity.StartsChina.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss"),
            })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
            foreach (var (resident, walkIn) in activity.Came)
            {
                if (!walkIn)
                    await (await staff.PostAsJsonAsync($"/api/v1/activities/{id}/registrations", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);
                await CheckInAsync(staff, id, resident);
            }
        }

        (DateOnly? From, DateOnly? To)[] periods =
        [
            (null, null), (D(y, 1, 1), D(y, 12, 31)), (D(y, 2, 1), D(y, 2, DateTime.DaysInMonth(y, 2))), (D(y, 1, 31), D(y, 2, 1)),
            (D(y - 1, 12, 31), D(y + 1, 1, 1)), (D(y, 2, 1), null), (null, D(y, 1, 31)), (D(y, 1, 15), D(y, 3, 20)),
            (D(y - 1, 12, 1), D(y - 1, 12, 31)), (D(y - 1, 11, 1), D(y + 1, 2, 28)), (D(y, 1, 2), D(y, 1, 30)),
        ];
        async Task ExpectAsync(string when)
        {
            foreach (var (from, to) in periods)
            {
                var inPeriod = held.Where(h => (from is null || DateOnly.FromDateTime(h.StartsChina) >= from) && (to is null || DateOnly.FromDateTime(h.StartsChina) <= to)).ToList();
                var came = inPeriod.SelectMany(h => h.Came).ToList();
                var expected = (inPeriod.Count, came.Count, came.Select(x => x.Resident).Distinct().Count(), came.Count(x => x.WalkIn));
                Assert.True(expected == Figures(await FiguresAsync(staff, tree.CommunityA, from, to, null)), $"{when}: {from}..{to}");
            }
            // Residents aged 80 or more over the year: 老孙 on New Year's night and (a walk-in) on 1 February, of the year's five activities.
            Assert.Equal((5, 2, 1, 1), Figures(await FiguresAsync(staff, tree.CommunityA, D(y, 1, 1), D(y, 12, 31), "Elderly80Plus")));
        }
        await ExpectAsync("as checked in");
        // Counting the community again from its check-ins (what the demo and the benchmark do) gives the same tallies.
        await factory.WithServicesAsync(sp => sp.GetRequiredService<AttendanceTallies>().RecountAsync(tree.CommunityA, CancellationToken.None));
        await ExpectAsync("recounted");
    }

    [Fact]
    public async Task An_activity_people_came_to_cannot_be_cancelled_but_is_finished_and_counted()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow.AddDays(30));
        var came = await AResident("到场的人").Male().BornOn("1970-07-07").CreateAsync(staff, tree.UnitA);
        await CheckInAsync(staff, activity, came);

        var refused = await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/status", new { status = "Cancelled" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能取消", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var finished = await (await staff.PutAsJsonAsync($"/api/v1/activities/{activity}/status", new { status = "Finished" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Finished", 1), (finished.GetProperty("status").GetString(), finished.GetProperty("checkedInCount").GetInt32()));
        var day = DateOnly.FromDateTime(Tomorrow.AddDays(30));
        Assert.Equal((1, 1, 1, 1), Figures(await FiguresAsync(staff, tree.CommunityA, day, day, null)));
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static async Task<JsonElement> FiguresAsync(HttpClient staff, int community, DateOnly? from, DateOnly? to, string? tag) =>
        await (await staff.GetAsync($"/api/v1/activities/figures?communityId={community}{(from is { } f ? $"&from={f:yyyy-MM-dd}" : "")}" +
            $"{(to is { } t ? $"&to={t:yyyy-MM-dd}" : "")}{(tag is null ? "" : $"&tag={tag}")}")).ReadJsonAsync(HttpStatusCode.OK);

    private static (int, int, int, int) Figures(JsonElement figures) => (figures.GetProperty("activities").GetInt32(), figures.GetProperty("personTimes").GetInt32(),
        figures.GetProperty("uniquePeople").GetInt32(), figures.GetProperty("walkIns").GetInt32());
}
