using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Contests;

/// <summary>Households enter a contest themselves: consent, staff approval, photos, and the public page that counts its views.</summary>
public sealed class ContestEntriesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    private async Task<HttpClient> ResidentAsync(HttpClient staff, int unit, string name)
    {
        var id = await AResident(name).CreateAsync(staff, unit);
        var userName = "e" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = ResidentPassword })).StatusCode);
        return await factory.ClientForAsync(userName, ResidentPassword);
    }

    private async Task<(TestTree Tree, HttpClient Staff, int Contest)> ContestAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var now = DateTimeOffset.UtcNow;
        var contest = (await (await staff.PostAsJsonAsync("/api/v1/contests", new
        {
            communityId = tree.CommunityA, title = "健康家庭评选", opensAt = now.AddHours(-1), closesAt = now.AddDays(10), votesPerDay = 3,
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (tree, staff, contest);
    }

    private static MultipartFormDataContent Photo(byte[] bytes) => new() { { new ByteArrayContent(bytes), "file", "balcony.png" } };

    [Fact]
    public async Task A_households_entry_waits_for_approval_before_neighbours_see_it_or_vote_and_its_public_page_counts_views()
    {
        var (tree, staff, contest) = await ContestAsync();
        var family = await ResidentAsync(staff, tree.UnitA, "冯家");
        var nextDoor = await TestTree.CreateAsync(await factory.AdminAsync(), tree.BuildingA, "Unit", "103", "103", 72.00m);
        var neighbour = await ResidentAsync(staff, nextDoor, "邻居陈");
        var mine = $"/api/v1/contests/{contest}/my-entry";

        var noConsent = await (await family.PostAsJsonAsync(mine, new { title = "冯家三代同堂", consent = false })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请勾选同意公开作品的文字和照片。", noConsent.GetProperty("errors").GetProperty("consent")[0].GetString());
        var entry = await (await family.PostAsJsonAsync(mine, new { title = "冯家三代同堂", description = "每天一起散步", consent = true })).ReadJsonAsync(HttpStatusCode.Created);
        var id = entry.GetProperty("id").GetInt32();
        Assert.Equal("Pending", entry.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await family.PostAsJsonAsync(mine, new { title = "再报一次", consent = true })).StatusCode);
        var photo = Linli.Web.Platform.Qr.QrCode.Png("冯家");
        Assert.Equal(HttpStatusCode.Created, (await family.PostAsync($"/api/v1/contests/{contest}/entries/{id}/photos", Photo(photo))).StatusCode);
        // Another household cannot add to it, nor see it, nor vote for it while it waits.
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsync($"/api/v1/contests/{contest}/entries/{id}/photos", Photo(photo))).StatusCode);
        Assert.Equal(0, (await (await neighbour.GetAsync($"/api/v1/contests/{contest}/entries")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal("Pending", (await (await family.GetAsync($"/api/v1/contests/{contest}/entries")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("status").GetString());
        var early = await (await neighbour.PostAsJsonAsync($"/api/v1/contests/{contest}/votes", new { entryId = id })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(early.GetProperty("errors").TryGetProperty("entryId", out _));
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/contests/{contest}/entries/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/contests/{contest}/entries/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/contests/{contest}/entries/{id}/reject", new { reason = "晚了" })).StatusCode);
        await (await neighbour.PostAsJsonAsync($"/api/v1/contests/{contest}/votes", new { entryId = id })).ReadJsonAsync(HttpStatusCode.Created);
        var seen = (await (await neighbour.GetAsync($"/api/v1/contests/{contest}/entries")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        var photoId = seen.GetProperty("photoIds")[0].GetInt32();
        Assert.Equal(photo, await (await neighbour.GetAsync($"/api/v1/contests/{contest}/entries/{id}/photos/{photoId}")).Content.ReadAsByteArrayAsync());

        // The link shared in the chat group: anyone sees the entry and its photo; each opening counts.
        for (var i = 0; i < 3; i++)
        {
            var page = await (await anonymous.GetAsync($"/p/contests/{contest}/entries/{id}")).Content.ReadAsStringAsync();
            Assert.Contains("冯家三代同堂", page);
        }
        Assert.Equal(photo, await (await anonymous.GetAsync($"/p/contests/{contest}/entries/{id}/photos/{photoId}")).Content.ReadAsByteArrayAsync());
        var figures = (await (await staff.GetAsync($"/api/v1/contests/{contest}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("figures");
        Assert.Equal((1, 0, 1, 1, 3), (figures.GetProperty("entries").GetInt32(), figures.GetProperty("pendingEntries").GetInt32(), figures.GetProperty("voters").GetInt32(),
            figures.GetProperty("votes").GetInt32(), figures.GetProperty("pageViews").GetInt32()));
    }

    [Fact]
    public async Task A_rejected_entry_tells_its_household_why_and_takes_no_photos()
    {
        var (tree, staff, contest) = await ContestAsync();
        var family = await ResidentAsync(staff, tree.UnitA, "褚家");
        var id = (await (await family.PostAsJsonAsync($"/api/v1/contests/{contest}/my-entry", new { title = "褚家阳台", consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var noReason = await (await staff.PostAsJsonAsync($"/api/v1/contests/{contest}/entries/{id}/reject", new { reason = "" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/contests/{contest}/entries/{id}/reject", new { reason = "照片里有邻居的门牌号" })).StatusCode);

        var own = await (await family.GetAsync($"/api/v1/contests/{contest}/entries/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Rejected", "照片里有邻居的门牌号"), (own.GetProperty("status").GetString(), own.GetProperty("rejectedReason").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await family.PostAsync($"/api/v1/contests/{contest}/entries/{id}/photos", Photo(Linli.Web.Platform.Qr.QrCode.Png("褚")))).StatusCode);
        Assert.Empty(await RankingAsync(staff, contest));
    }

    private static async Task<List<int>> RankingAsync(HttpClient client, int contest) =>
        [.. (await (await client.GetAsync($"/api/v1/contests/{contest}/ranking")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(l => l.GetProperty("entryId").GetInt32())];
}
