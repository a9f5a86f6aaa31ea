using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Identity;

public sealed class UsersTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Admin_creates_a_staff_account_that_can_sign_in()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "newworker", password = "Worker-2026", displayName = "新社工", roles = new[] { "SocialWorker" }, regionIds = new[] { tree.CommunityA },
        })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.False(string.IsNullOrEmpty(created.GetProperty("id").ToString()));
        await factory.ClientForAsync("newworker", "Worker-2026");
    }

    [Fact]
    public async Task Only_a_platform_admin_manages_accounts()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var response = await staff.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "sneaky", password = "Sneaky-2026", displayName = "x", roles = new[] { "PlatformAdmin" }, regionIds = Array.Empty<int>(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_taken_user_name_is_a_conflict_and_a_weak_password_names_the_field()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = tree.StaffA, password = "Another-2026", displayName = "x", roles = new[] { "CommunityStaff" }, regionIds = new[] { tree.CommunityA },
        });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var weak = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "weakling", password = "short", displayName = "x", roles = new[] { "CommunityStaff" }, regionIds = new[] { tree.CommunityA },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Changing_roles_takes_effect_at_once_and_is_audited()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var users = await (await admin.GetAsync("/api/v1/users")).ReadJsonAsync(HttpStatusCode.OK);
        var id = users.EnumerateArray().First(u => u.GetProperty("userName").GetString() == tree.StaffA).GetProperty("id").GetString();

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { "CommunityStaff" }, regionIds = new[] { tree.CommunityB } });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/regions/{tree.CommunityA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/regions/{tree.CommunityB}")).StatusCode);
        var audited = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Any(a => a.Action == "user.roles-changed" && a.SubjectId == id)));
        Assert.True(audited);
    }
}
