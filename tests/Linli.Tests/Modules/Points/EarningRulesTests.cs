using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Points.Earning;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Modules.Points;

/// <summary>The community's earning rules: points per deed, a weekly threshold reward granted once, goods handed out once, items for items recorded.</summary>
public sealed class EarningRulesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Three_drops_in_a_week_earn_the_reward_once_even_when_desks_record_at_the_same_moment()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "陈分类", gender = "Female", birthDate = "1955-03-12" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var noDeed = await (await staff.PostAsJsonAsync("/api/v1/points/rules", new { communityId = tree.CommunityA, kind = "WeeklyThreshold", points = 20, threshold = 3 }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noDeed.GetProperty("errors").TryGetProperty("deed", out _));
        (await staff.PostAsJsonAsync("/api/v1/points/rules", new { communityId = tree.CommunityA, kind = "PerDeed", deed = "垃圾分类投放", points = 2 })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync("/api/v1/points/rules", new { communityId = tree.CommunityA, kind = "WeeklyThreshold", deed = "垃圾分类投放", threshold = 3, points = 20, reward = "垃圾袋20个" }))
            .EnsureSuccessStatusCode();

        var first = await (await staff.PostAsJsonAsync("/api/v1/points/deeds", new { residentId = resident, deed = "垃圾分类投放", idempotencyKey = "d-1" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, first.GetProperty("pointsAwarded").GetInt32());
        Assert.Equal(0, first.GetProperty("rewardsGranted").GetArrayLength());
        // A resent form records nothing new.
        await (await staff.PostAsJsonAsync("/api/v1/points/deeds", new { residentId = resident, deed = "垃圾分类投放", idempotencyKey = "d-1" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/v1/points/deeds", new { residentId = resident, deed = "垃圾分类投放", idempotencyKey = "d-2" })).ReadJsonAsync(HttpStatusCode.Created);

        // Two desks record the third and fourth drop at once: the week's reward is granted once.
        var results = await Task.WhenAll(Enumerable.Range(3, 6).Select(async n =>
            await (await staff.PostAsJsonAsync("/api/v1/points/deeds", new { residentId = resident, deed = "垃圾分类投放", idempotencyKey = $"d-{n}" })).ReadJsonAsync(HttpStatusCode.Created)));
        Assert.Equal(1, results.Sum(r => r.GetProperty("rewardsGranted").GetArrayLength()));
        var balance = await (await staff.GetAsync($"/api/v1/points/accounts/{resident}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(8 * 2 + 20, balance.GetProperty("balance").GetInt32());

        var rewards = await (await staff.GetAsync($"/api/v1/points/rewards?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var reward = Assert.Single(rewards.EnumerateArray());
        Assert.Equal("垃圾袋20个", reward.GetProperty("reward").GetString());
        var id = reward.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/points/rewards/{id}/hand-out", null)).StatusCode);
        await (await staff.PostAsync($"/api/v1/points/rewards/{id}/hand-out", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, (await (await staff.GetAsync($"/api/v1/points/rewards?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());

        await (await staff.PostAsJsonAsync("/api/v1/points/swaps", new { communityId = tree.CommunityA, residentId = resident, given = "塑料瓶10个", received = "电池2节" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var swaps = await (await staff.GetAsync($"/api/v1/points/swaps?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("电池2节", swaps[0].GetProperty("received").GetString());
        Assert.Equal("陈分类", swaps[0].GetProperty("residentName").GetString());
    }

    [Fact]
    public async Task Attending_an_activity_earns_the_rule_s_points_once_however_often_the_job_runs()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        async Task<int> ResidentAsync(string name) => (await (await staff.PostAsJsonAsync("/api/v1/residents",
            new { unitId = tree.UnitA, name, gender = "Female", birthDate = "1950-05-01" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        async Task<int> BalanceAsync(int resident) =>
            (await (await staff.GetAsync($"/api/v1/points/accounts/{resident}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("balance").GetInt32();
        var early = await ResidentAsync("早到者");
        var later = await ResidentAsync("参加者");
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(10);
        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "生日会", capacity = 20, status = "Published",
            startsAt, endsAt = startsAt.AddHours(2) })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        // Checked in before the community adopted the rule: the rule does not reach back.
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = early })).ReadJsonAsync(HttpStatusCode.Created);
        (await staff.PostAsJsonAsync("/api/v1/points/rules", new { communityId = tree.CommunityA, kind = "PerActivityAttended", points = 5 })).EnsureSuccessStatusCode();
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = later })).ReadJsonAsync(HttpStatusCode.Created);

        for (var run = 0; run < 2; run++)
            await factory.WithServicesAsync(services => services.GetRequiredService<EarningService>().RunDueAsync(CancellationToken.None));

        Assert.Equal(5, await BalanceAsync(later));
        Assert.Equal(0, await BalanceAsync(early));
    }
}
