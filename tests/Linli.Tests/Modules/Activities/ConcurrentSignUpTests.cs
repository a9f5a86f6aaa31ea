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
}
