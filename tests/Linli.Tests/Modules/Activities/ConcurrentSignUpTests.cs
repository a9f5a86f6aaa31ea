using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Activities;

/// <summary>Many sign-ups at once for few seats: the database, not luck, decides who gets them.</summary>
public sealed class ConcurrentSignUpTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Forty_simultaneous_sign_ups_for_ten_seats_confirm_exactly_ten()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await ActivitiesApiTests.CreateActivityAsync(staff, tree.CommunityA, capacity: 10);
        var people = new List<int>();
        for (var i = 0; i < 40; i++) people.Add(await ActivitiesApiTests.ResidentAsync(staff, tree.UnitA, $"抢位{i}"));

        // Each request on its own client, all released together.
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));
        using var start = new ManualResetEventSlim();
        var requests = people.Select((resident, i) => Task.Run(async () =>
        {
            start.Wait();
            return await clients[i % clients.Length].PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident });
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var statuses = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("status").GetString()));
        Assert.Equal(10, statuses.Count(s => s == "Confirmed"));
        Assert.Equal(30, statuses.Count(s => s == "Waitlisted"));
        var figures = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(10, figures.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(30, figures.GetProperty("waitlistedCount").GetInt32());
    }

    [Fact]
    public async Task The_same_resident_sent_eight_times_at_once_is_signed_up_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await ActivitiesApiTests.CreateActivityAsync(staff, tree.CommunityA, capacity: 10);
        var resident = await ActivitiesApiTests.ResidentAsync(staff, tree.UnitA, "重复点");

        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));
        using var start = new ManualResetEventSlim();
        var requests = clients.Select(client => Task.Run(async () =>
        {
            start.Wait();
            return await client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident });
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var figures = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, figures.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(0, figures.GetProperty("waitlistedCount").GetInt32());
    }

    [Fact]
    public async Task Thirty_six_check_ins_at_once_for_the_same_people_and_month_are_all_counted()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activities = new List<int>();
        for (var i = 0; i < 3; i++) activities.Add(await ActivitiesApiTests.CreateActivityAsync(staff, tree.CommunityA, capacity: 10));
        var people = new List<int>();
        for (var i = 0; i < 12; i++) people.Add(await ActivitiesApiTests.ResidentAsync(staff, tree.UnitA, $"到场{i}"));

        // Every check-in adds to the same month's and year's tally rows of its person: concurrent upserts must lose none.
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));
        using var start = new ManualResetEventSlim();
        var requests = activities.SelectMany(a => people.Select(p => (Activity: a, Resident: p))).Select((x, i) => Task.Run(async () =>
        {
            start.Wait();
            return await clients[i % clients.Length].PostAsJsonAsync($"/api/v1/activities/{x.Activity}/checkins", new { residentId = x.Resident });
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(1);
        foreach (var period in new[] { $"from={day:yyyy-MM}-01&to={day.AddDays(1 - day.Day).AddMonths(1).AddDays(-1):yyyy-MM-dd}", $"from={day:yyyy}-01-01&to={day:yyyy}-12-31", "" })
        {
            var figures = await (await staff.GetAsync($"/api/v1/activities/figures?communityId={tree.CommunityA}&{period}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal((3, 36, 12, 36), (figures.GetProperty("activities").GetInt32(), figures.GetProperty("personTimes").GetInt32(),
                figures.GetProperty("uniquePeople").GetInt32(), figures.GetProperty("walkIns").GetInt32()));
        }
        var one = await (await staff.GetAsync($"/api/v1/activities/{activities[0]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(12, one.GetProperty("checkedInCount").GetInt32());
    }
}
