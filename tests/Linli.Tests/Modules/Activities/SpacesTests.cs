using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Activities;

public sealed class SpacesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1);

    private static string At(int hour, int minute = 0) => Tomorrow.AddHours(hour).AddMinutes(minute).ToString("yyyy-MM-ddTHH:mm:ss");

    private static async Task<int> SpaceAsync(HttpClient staff, int community) =>
        (await (await staff.PostAsJsonAsync("/api/v1/spaces", new { communityId = community, name = "儿童阅览角", capacity = 20 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    [Fact]
    public async Task The_portals_booking_form_shows_each_days_free_times_closures_and_a_cancel_button_that_says_what_it_cancels()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var space = await SpaceAsync(staff, tree.CommunityA);
        await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(14), endsAt = At(16), purpose = "绘本共读" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(18), endsAt = At(18, 20), purpose = "交接" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/closures", new { on = Tomorrow.AddDays(1).ToString("yyyy-MM-dd"), reason = "消杀" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var me = await AResident("订房者").BornOn("1980-01-01").CreateAsync(staff, tree.UnitA);
        var userName = "room" + Guid.NewGuid().ToString("N")[..8];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{me}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, "Resident-pass-2026");
        await (await resident.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(19), endsAt = At(20), purpose = "合唱排练" })).ReadJsonAsync(HttpStatusCode.Created);

        var page = await BrowserSession.SignInAsync(factory, userName, "Resident-pass-2026");
        var html = await page.GetStringAsync("/portal/spaces");
        var free = html[html.IndexOf($"data-testid=\"free-{space}\"", StringComparison.Ordinal)..];
        free = free[..free.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.Contains($"{Tomorrow:M月d日} ", free, StringComparison.Ordinal);
        Assert.Contains("08:00–14:00、16:00–18:00、18:20–19:00、20:00–21:00", free, StringComparison.Ordinal);
        Assert.Contains("闭馆（消杀）", free, StringComparison.Ordinal);
        Assert.Contains("取消预约", html, StringComparison.Ordinal);
        Assert.DoesNotContain("取消报名", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_space_is_open_every_day_from_eight_to_nine_and_needs_no_approval()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var space = await (await staff.GetAsync($"/api/v1/spaces/{await SpaceAsync(staff, tree.CommunityA)}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(space.GetProperty("needsApproval").GetBoolean());
        var hours = space.GetProperty("openingHours").EnumerateArray().ToList();
        Assert.Equal(7, hours.Count);
        Assert.All(hours, h => Assert.Equal(("08:00:00", "21:00:00"), (h.GetProperty("opens").GetString(), h.GetProperty("closes").GetString())));

        var early = await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space.GetProperty("id").GetInt32()}/bookings", new { startsAt = At(7), endsAt = At(9), purpose = "早读" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(early.GetProperty("errors").TryGetProperty("startsAt", out _));
    }

    [Fact]
    public async Task An_overlapping_booking_is_refused_naming_the_one_in_the_way_and_back_to_back_is_fine()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var space = await SpaceAsync(staff, tree.CommunityA);
        var first = await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(9), endsAt = At(11), purpose = "绘本共读" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Confirmed", first.GetProperty("status").GetString());

        var clash = await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(10, 30), endsAt = At(12), purpose = "手工课" }))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.GetProperty("id").GetInt32(), clash.GetProperty("conflictingBookingId").GetInt32());
        await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(11), endsAt = At(12), purpose = "手工课" })).ReadJsonAsync(HttpStatusCode.Created);

        var backwards = await (await staff.PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(15), endsAt = At(14), purpose = "倒着来" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(backwards.GetProperty("errors").TryGetProperty("endsAt", out _));
    }

    [Fact]
    public async Task Twenty_simultaneous_requests_for_one_slot_book_it_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var space = await SpaceAsync(staff, tree.CommunityA);
        var clients = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));
        using var start = new ManualResetEventSlim();
        var requests = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await clients[i % clients.Length].PostAsJsonAsync($"/api/v1/spaces/{space}/bookings", new { startsAt = At(14, i % 3 * 10), endsAt = At(16), purpose = $"小组活动{i}" });
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);
        var statuses = string.Join(", ", responses.GroupBy(r => r.StatusCode).OrderBy(g => g.Key).Select(g => $"{(int)g.Key}×{g.Count()}"));
        Assert.Equal("201×1, 409×19", statuses);
    }
}
