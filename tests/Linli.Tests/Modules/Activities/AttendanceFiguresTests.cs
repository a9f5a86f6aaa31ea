using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

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

    private static async Task<int> PersonAsync(HttpClient staff, int unit, string name, string born) =>
        (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = unit, name, gender = "Male", birthDate = born }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task CheckInAsync(HttpClient staff, int activity, int resident) =>
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Person_times_and_unique_people_come_from_the_check_ins_by_period_and_tag()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var first = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow);
        var second = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow.AddDays(1));
        var later = await ActivityOnAsync(staff, tree.CommunityA, Tomorrow.AddDays(10));
        var elder = await PersonAsync(staff, tree.UnitA, "老王", "1940-02-02");
        var young = await PersonAsync(staff, tree.UnitA, "小李", "1990-02-02");
        var walkIn = await PersonAsync(staff, tree.UnitA, "老赵", "1938-03-03");
        var onlyLater = await PersonAsync(staff, tree.UnitA, "小周", "1995-04-04");
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
}
