using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Residents;

/// <summary>The register and the care ledger are for staff who serve or oversee the community, not for a resident who leads a group.</summary>
public sealed class ResidentsRolesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Theory]
    [InlineData("/api/v1/residents?communityId={community}")]
    [InlineData("/api/v1/residents/{resident}")]
    [InlineData("/api/v1/residents/export?communityId={community}")]
    [InlineData("/api/v1/residents/care/overdue?communityId={community}")]
    [InlineData("/api/v1/residents/care/birthdays?communityId={community}")]
    [InlineData("/api/v1/residents/owners?communityId={community}")]
    public async Task A_group_leader_is_refused_the_register_and_the_care_ledger(string path)
    {
        var (leader, _, community, resident) = await ArrangeAsync();

        var response = await leader.GetAsync(path.Replace("{community}", community.ToString()).Replace("{resident}", resident.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_group_leader_is_shown_the_friendly_refusal_page_for_the_register_and_its_export()
    {
        var (_, leaderName, community, resident) = await ArrangeAsync();
        var browser = await BrowserSession.SignInAsync(factory, leaderName, TestTree.Password);

        foreach (var page in new[] { $"/console/residents?communityId={community}", $"/console/residents/{resident}", $"/console/residents/export.xlsx?communityId={community}" })
        {
            var refused = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/denied", refused.Headers.Location?.PathAndQuery);
        }
        var denied = await browser.GetAsync("/denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("您没有此项操作的权限。", WebUtility.HtmlDecode(await denied.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("/console/residents\"", await (await browser.GetAsync("/console")).Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Leader, string LeaderName, int Community, int Resident)> ArrangeAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var leaderName = "leader" + Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, leaderName, "GroupLeader", tree.CommunityA);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "孙玉珍", gender = "Female", birthDate = "1940-02-02" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (await factory.ClientForAsync(leaderName, TestTree.Password), leaderName, tree.CommunityA, resident);
    }
}
