using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Stewards;

/// <summary>
/// A building steward (a resident) takes a consultation's answers at their own doors from the portal: the doors by
/// flat and never by name, one answer per household, no door outside their building, no consultation of another
/// community, nothing once their term ends; a resident who is no steward has no desk.
/// </summary>
public sealed class StewardDeskTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string Password = "Resident-pass-2026";

    private static async Task<int> IdAsync(Task<HttpResponseMessage> post) => (await (await post).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    [Fact]
    public async Task A_steward_takes_answers_at_their_own_doors_and_nowhere_else()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var flat102 = (await (await admin.GetAsync($"/api/v1/regions/{tree.BuildingA}/children")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "102").GetProperty("id").GetInt32();
        var wang = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staff, flat102);
        var zhou = await IdAsync(staff.PostAsJsonAsync("/api/v1/residents", new { communityId = tree.CommunityA, name = "周文华", gender = "Male", birthDate = "1960-01-01" }));
        async Task<int> HouseholdAsync(int resident) =>
            (await (await staff.GetAsync($"/api/v1/residents/{resident}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("householdId").GetInt32();
        async Task<HttpClient> AccountAsync(int resident, string userName)
        {
            (await staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = Password })).EnsureSuccessStatusCode();
            return await factory.ClientForAsync(userName, Password);
        }
        var tag = Guid.NewGuid().ToString("N")[..6];
        var steward = await AccountAsync(wang, $"wang{tag}");
        var neighbour = await AccountAsync(li, $"li{tag}");

        var term = await IdAsync(staff.PostAsJsonAsync("/api/v1/stewards", new { regionId = tree.BuildingA, residentId = wang }));
        var consultation = await IdAsync(staff.PostAsJsonAsync("/api/v1/consultations", new { communityId = tree.CommunityA, title = "楼道堆物清理时间", options = new[] { "周六", "周日" } }));
        var elsewhere = await IdAsync(staffB.PostAsJsonAsync("/api/v1/consultations", new { communityId = tree.CommunityB, title = "乙社区的征询", options = new[] { "同意", "不同意" } }));

        var desk = await steward.GetAsync("/api/v1/me/steward");
        var raw = await desk.Content.ReadAsStringAsync();
        var place = Assert.Single((await desk.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("places").EnumerateArray());
        Assert.Equal("甲社区花园 1栋", place.GetProperty("name").GetString());
        var asked = Assert.Single(place.GetProperty("consultations").EnumerateArray());
        Assert.Equal(consultation, asked.GetProperty("id").GetInt32());
        var doors = asked.GetProperty("doors").EnumerateArray().ToDictionary(d => d.GetProperty("flat").GetString()!, d => d.GetProperty("householdId").GetInt32());
        Assert.Equal(["101", "102"], doors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(await HouseholdAsync(li), doors["102"]);
        Assert.DoesNotContain("李桂兰", raw);

        Task<HttpResponseMessage> Answer(HttpClient by, int id, int householdId, string option) =>
            by.PostAsJsonAsync($"/api/v1/me/steward/consultations/{id}/answers", new { householdId, option });
        await (await Answer(steward, consultation, doors["102"], "周六")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("这户已经答复过了。", (await (await Answer(steward, consultation, doors["102"], "周日")).ReadJsonAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString());
        var notTheirs = await (await Answer(steward, consultation, await HouseholdAsync(zhou), "周日")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这户不在您负责的楼栋（单元）。", notTheirs.GetProperty("errors").GetProperty("householdId")[0].GetString());
        var notAnOption = await (await Answer(steward, consultation, doors["101"], "随便")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notAnOption.GetProperty("errors").TryGetProperty("option", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Answer(steward, elsewhere, doors["101"], "同意")).StatusCode);

        var door = (await (await steward.GetAsync("/api/v1/me/steward")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("places")[0].GetProperty("consultations")[0]
            .GetProperty("doors").EnumerateArray().ToDictionary(d => d.GetProperty("flat").GetString()!, d => d.GetProperty("answered").GetBoolean());
        Assert.Equal((false, true), (door["101"], door["102"]));
        var result = await (await staff.GetAsync($"/api/v1/consultations/{consultation}/result")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 100m), (result.GetProperty("answered").GetInt32(), result.GetProperty("shares").GetProperty("周六").GetDecimal()));

        // A resident who is no steward has no desk; a steward whose term ended has none either.
        Assert.Equal(0, (await (await neighbour.GetAsync("/api/v1/me/steward")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("places").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await Answer(neighbour, consultation, doors["101"], "周日")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/stewards/{term}/end", new { })).StatusCode);
        Assert.Equal(0, (await (await steward.GetAsync("/api/v1/me/steward")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("places").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await Answer(steward, consultation, doors["101"], "周日")).StatusCode);
    }
}
