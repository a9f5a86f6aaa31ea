using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Surveys;

/// <summary>Collecting: once per household under concurrent sends, a phone's resend that is not a second response, the public link.</summary>
public sealed class CollectingTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    private static async Task<int> OpenSurveyAsync(HttpClient staff, int community, object? settings = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["communityId"] = community, ["title"] = "住户需求调查", ["targetCount"] = 10,
            ["questions"] = new object[] { new { key = "q1", type = "Single", text = "最需要的设施", options = new[] { "阅读角", "停车位" }, required = true } },
        };
        if (settings is not null)
            foreach (var p in JsonSerializer.SerializeToElement(settings).EnumerateObject()) body[p.Name] = p.Value;
        var id = (await (await staff.PostAsJsonAsync("/api/v1/surveys", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsync($"/api/v1/surveys/{id}/open", null)).ReadJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Once_per_household_holds_when_many_entries_for_one_home_arrive_at_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var survey = await OpenSurveyAsync(staff, tree.CommunityA, new { oncePer = "Household" });
        var resident = await AResident("王家").CreateAsync(staff, tree.UnitA);
        var household = await factory.WithDbAsync(db => Task.FromResult(db.Set<Linli.Web.Modules.Residents.Resident>().First(r => r.Id == resident).HouseholdId));

        var sends = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses",
            new { channel = "Paper", householdId = household, answers = new { q1 = i % 2 == 0 ? "阅读角" : "停车位" } })));
        Assert.Equal(1, sends.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(11, sends.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        // The resident of that household, answering as a person, is the same household.
        var again = await staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Visit", residentId = resident, answers = new { q1 = "阅读角" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var results = await (await staff.GetAsync($"/api/v1/surveys/{survey}/results")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, results.GetProperty("responseCount").GetInt32());
    }

    [Fact]
    public async Task A_door_to_door_entry_sent_again_after_a_dropped_connection_is_one_response()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var volunteerName = "door" + Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, volunteerName, "GroupLeader", tree.CommunityA);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var survey = await OpenSurveyAsync(staff, tree.CommunityA);
        var volunteer = await factory.ClientForAsync(volunteerName, TestTree.Password);

        var entry = new { channel = "Visit", compoundId = tree.CompoundA, clientKey = "phone-1:entry-7", answers = new { q1 = "停车位" } };
        var sends = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => volunteer.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", entry)));
        Assert.Equal(1, sends.Count(r => r.StatusCode == HttpStatusCode.Created));
        var ids = new HashSet<int>();
        foreach (var send in sends) ids.Add((await send.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        Assert.Single(ids);
        Assert.All(sends, s => Assert.True(s.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, s.StatusCode.ToString()));

        // The survey closed before the phone came back online: what already arrived still answers with its id.
        await staff.PostAsync($"/api/v1/surveys/{survey}/close", null);
        var late = await (await volunteer.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", entry)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(ids.Single(), late.GetProperty("id").GetInt32());
        await (await volunteer.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", entry with { clientKey = "phone-1:entry-8" })).ReadJsonAsync(HttpStatusCode.Conflict);

        // A group leader collects, and does not read results.
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync($"/api/v1/surveys/{survey}/results")).StatusCode);
        var results = await (await staff.GetAsync($"/api/v1/surveys/{survey}/results")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, results.GetProperty("responseCount").GetInt32());
        Assert.Equal("Visit", results.GetProperty("byChannel")[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task The_public_link_takes_anonymous_answers_or_only_signed_in_residents_as_the_survey_sets()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var open = await OpenSurveyAsync(staff, tree.CommunityA);
        var token = (await (await staff.GetAsync($"/api/v1/surveys/{open}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("publicPath").GetString()!["/s/".Length..];
        var anonymous = factory.CreateClient();
        var form = await (await anonymous.GetAsync($"/api/v1/public/surveys/{token}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("q1", form.GetProperty("questions")[0].GetProperty("key").GetString());
        await (await anonymous.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new { answers = new { q1 = "阅读角" } })).ReadJsonAsync(HttpStatusCode.Created);
        var bad = await (await anonymous.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new { answers = new { q1 = "游泳池" } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.GetProperty("errors").TryGetProperty("q1", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/public/surveys/not-a-token")).StatusCode);

        var once = await OpenSurveyAsync(staff, tree.CommunityA, new { oncePer = "Person" });
        var onceToken = (await (await staff.GetAsync($"/api/v1/surveys/{once}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("publicPath").GetString()!["/s/".Length..];
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.PostAsJsonAsync($"/api/v1/public/surveys/{onceToken}/responses", new { answers = new { q1 = "阅读角" } })).StatusCode);
        var residentId = await AResident("李阿姨").BornOn("1944-06-01").CreateAsync(staff, tree.UnitA);
        var userName = "li" + Guid.NewGuid().ToString("N")[..8];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{residentId}/account", new { userName, password = ResidentPassword })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, ResidentPassword);
        await (await resident.PostAsJsonAsync($"/api/v1/surveys/{once}/responses", new { answers = new { q1 = "停车位" } })).ReadJsonAsync(HttpStatusCode.Created);
        await (await resident.PostAsJsonAsync($"/api/v1/surveys/{once}/responses", new { answers = new { q1 = "阅读角" } })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync($"/api/v1/surveys/{once}/results")).StatusCode);

        // Signed in or not, a survey open to anyone keeps no name: only what the cross-tabs need.
        var anonymousAnswer = (await (await resident.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new { answers = new { q1 = "停车位" } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var kept = await factory.WithDbAsync(db => db.Set<Linli.Web.Modules.Surveys.SurveyResponse>().IgnoreQueryFilters().SingleAsync(r => r.Id == anonymousAnswer));
        Assert.Null(kept.ResidentId);
        Assert.Null(kept.HouseholdId);
        Assert.Equal("80+", kept.AgeBand);
        Assert.Equal(tree.CompoundA, kept.CompoundId);

        // Drafts have no public face.
        var draft = (await (await staff.PostAsJsonAsync("/api/v1/surveys", new { communityId = tree.CommunityA, title = "草稿", questions = Array.Empty<object>() }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var draftToken = (await (await staff.GetAsync($"/api/v1/surveys/{draft}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("publicPath").GetString()!["/s/".Length..];
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/surveys/{draftToken}")).StatusCode);
        await (await staff.PostAsync($"/api/v1/surveys/{draft}/open", null)).ReadJsonAsync(HttpStatusCode.Conflict);
    }
}
