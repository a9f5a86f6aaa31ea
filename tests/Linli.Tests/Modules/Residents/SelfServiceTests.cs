using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Residents;

public sealed class SelfServiceTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    [Fact]
    public async Task A_resident_sees_their_own_masked_record_asks_for_a_correction_and_reads_the_answer()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var id = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "孙玉珍", gender = "Female", birthDate = "1950-02-02", phone = "13700001234", tags = new[] { "低保", "党员" } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = "sun" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = ResidentPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName = userName + "x", password = ResidentPassword })).StatusCode);

        var resident = await factory.ClientForAsync(userName, ResidentPassword);
        var own = await (await resident.GetAsync("/api/v1/me/resident")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("孙玉珍", own.GetProperty("resident").GetProperty("name").GetString());
        Assert.Equal("137****1234", own.GetProperty("resident").GetProperty("phoneMasked").GetString());
        Assert.Contains("PartyMember", own.GetProperty("resident").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("LowIncomeHousehold", Assert.Single(own.GetProperty("sensitiveTags").EnumerateArray()).GetProperty("tag").GetString());
        // A resident is not staff: the register itself stays closed to them.
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync($"/api/v1/residents/{id}")).StatusCode);

        var empty = await (await resident.PostAsJsonAsync("/api/v1/me/resident/corrections", new { field = "phone", requested = "" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(empty.GetProperty("errors").TryGetProperty("requested", out _));
        var request = await (await resident.PostAsJsonAsync("/api/v1/me/resident/corrections", new { field = "phone", requested = "13911112222" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("139****2222", request.GetProperty("requested").GetString());

        var open = await (await staff.GetAsync($"/api/v1/residents/corrections?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(open.EnumerateArray());
        Assert.Equal("Open", item.GetProperty("status").GetString());
        var correctionId = item.GetProperty("id").GetInt32();
        var noReason = await (await staff.PutAsJsonAsync($"/api/v1/residents/corrections/{correctionId}", new { status = "Declined" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("response", out _));
        (await staff.PutAsJsonAsync($"/api/v1/residents/{id}", new { name = "孙玉珍", phone = "13911112222" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/residents/corrections/{correctionId}", new { status = "Done", response = "已按您的申请更正" })).StatusCode);

        own = await (await resident.GetAsync("/api/v1/me/resident")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("139****2222", own.GetProperty("resident").GetProperty("phoneMasked").GetString());
        var answered = Assert.Single(own.GetProperty("corrections").EnumerateArray());
        Assert.Equal("Done", answered.GetProperty("status").GetString());
        Assert.Equal("已按您的申请更正", answered.GetProperty("response").GetString());
    }

    [Fact]
    public async Task An_account_without_a_register_entry_has_no_record()
    {
        var staff = await factory.AdminAsync();
        var response = await staff.GetAsync("/api/v1/me/resident");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await (await staff.PostAsJsonAsync("/api/v1/me/resident/corrections", new { field = "name", requested = "x" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
