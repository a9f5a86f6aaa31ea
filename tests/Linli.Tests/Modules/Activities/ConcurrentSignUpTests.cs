using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Activities;
using Linli.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Activities;

/// <summary>Many sign-ups at once for few seats: the database, not luck, decides who gets them.</summary>
public sealed class ConcurrentSignUpTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Forty_simultaneous_sign_ups_for_ten_seats_confirm_exactly_ten()
    {
        var (tree, staff, activity, people) = await ActivityAndPeopleAsync(capacity: 10, people: 40, "抢位");

        var responses = await AllAtOnceAsync(tree, people, (client, resident) =>
            client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident }));

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

        var responses = await AllAtOnceAsync(tree, Enumerable.Repeat(resident, 8), (client, same) =>
            client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = same }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var figures = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, figures.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(0, figures.GetProperty("waitlistedCount").GetInt32());
    }

    [Fact]
    public async Task Sign_ups_written_together_fail_alone_and_each_is_audited_once()
    {
        var (tree, staff, activity, people) = await ActivityAndPeopleAsync(capacity: 12, people: 24, "同批");
        // Eight are already signed up; they are sent again among sixteen new ones, so batches written at once mix both.
        foreach (var resident in people.Take(8))
            Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident })).StatusCode);

        var answers = await AllAtOnceAsync(tree, people, async (client, resident) =>
            (Resident: resident, Response: await client.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident })));

        Assert.All(answers.Where(a => people.IndexOf(a.Resident) < 8), a => Assert.Equal(HttpStatusCode.Conflict, a.Response.StatusCode));
        Assert.All(answers.Where(a => people.IndexOf(a.Resident) >= 8), a => Assert.Equal(HttpStatusCode.Created, a.Response.StatusCode));
        var figures = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((12, 12), (figures.GetProperty("confirmedCount").GetInt32(), figures.GetProperty("waitlistedCount").GetInt32()));
        var (verification, entries, registrations) = await factory.WithDbAsync(async db => (
            await new AuditVerifier(db).VerifyAsync(),
            await db.AuditEntries.Where(a => a.Action == "activity.registered" && a.SubjectId == activity.ToString()).Select(a => new { a.ActorName, a.Summary }).ToListAsync(),
            await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.ActivityId == activity).Select(r => new { r.Id, r.Status }).ToListAsync()));
        Assert.True(verification.Valid, verification.Problem);
        // One entry per registration, naming it and its status, written for the staff member who signed them up; none for the refused.
        Assert.Equal(registrations.Select(r => $"registration={r.Id} {r.Status}").Order(), entries.Select(e => e.Summary).Order());
        Assert.All(entries, e => Assert.Equal(tree.StaffA, e.ActorName));
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
        var responses = await AllAtOnceAsync(tree, activities.SelectMany(a => people.Select(p => (Activity: a, Resident: p))), (client, x) =>
            client.PostAsJsonAsync($"/api/v1/activities/{x.Activity}/checkins", new { residentId = x.Resident, reason = "纸质签到表补录" }));

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

    /// <summary>Each item sent from a task of its own over eight signed-in staff clients, all released together.</summary>
    private async Task<TResult[]> AllAtOnceAsync<TItem, TResult>(TestTree tree, IEnumerable<TItem> items, Func<HttpClient, TItem, Task<TResult>> send)
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));
        using var start = new ManualResetEventSlim();
        var requests = items.Select((item, i) => Task.Run(async () =>
        {
            start.Wait();
            return await send(clients[i % clients.Length], item);
        })).ToList();
        start.Set();
        return await Task.WhenAll(requests);
    }

    private async Task<(TestTree Tree, HttpClient Staff, int Activity, List<int> People)> ActivityAndPeopleAsync(int capacity, int people, string namePrefix)
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await ActivitiesApiTests.CreateActivityAsync(staff, tree.CommunityA, capacity);
        var residents = new List<int>();
        for (var i = 0; i < people; i++) residents.Add(await ActivitiesApiTests.ResidentAsync(staff, tree.UnitA, $"{namePrefix}{i}"));
        return (tree, staff, activity, residents);
    }
}
