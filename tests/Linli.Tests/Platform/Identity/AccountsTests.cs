using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Linli.Tests.Platform.Identity;

/// <summary>Changing one's own password, an administrator's reset and disabling, and role changes on live tokens.</summary>
public sealed class AccountsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Changing_your_password_retires_the_old_one_and_keeps_this_session()
    {
        var (name, _) = await NewStaffAsync();
        var client = await factory.ClientForAsync(name, TestTree.Password);
        var other = await factory.ClientForAsync(name, TestTree.Password);

        var response = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestTree.Password, newPassword = "Fresh-pass-77" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(name, TestTree.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(name, "Fresh-pass-77")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_names_the_field_and_changes_nothing()
    {
        var (name, _) = await NewStaffAsync();
        var client = await factory.ClientForAsync(name, TestTree.Password);

        var problem = await (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "Not-mine-2026", newPassword = "Fresh-pass-77" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["当前密码不正确。"], problem.GetProperty("errors").GetProperty("currentPassword").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(name, TestTree.Password)).StatusCode);
    }

    [Theory]
    [InlineData("12345678", "密码须包含字母。")]
    [InlineData("password1", "这个密码太常见，很容易被猜到，请换一个。")]
    [InlineData("abcdefgh", "密码须包含数字。")]
    [InlineData("a1a1a1a1", "这个密码太常见，很容易被猜到，请换一个。")]
    public async Task A_weak_new_password_is_refused_under_newPassword(string weak, string message)
    {
        var (name, _) = await NewStaffAsync();
        var client = await factory.ClientForAsync(name, TestTree.Password);

        var problem = await (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestTree.Password, newPassword = weak }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(message, problem.GetProperty("errors").GetProperty("newPassword").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_reset_gives_a_temporary_password_that_must_be_changed_first()
    {
        var (name, id) = await NewStaffAsync();
        var before = await factory.ClientForAsync(name, TestTree.Password);
        var admin = await factory.AdminAsync();

        var reset = await (await admin.PostAsync($"/api/v1/users/{id}/password-reset", null)).ReadJsonAsync(HttpStatusCode.OK);
        var temporary = reset.GetProperty("temporaryPassword").GetString()!;

        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(name, TestTree.Password)).StatusCode);
        var client = await factory.ClientForAsync(name, temporary);
        Assert.True((await (await client.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("mustChangePassword").GetBoolean());
        var refused = await (await client.GetAsync("/api/v1/residents?communityId=1")).ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal("请先修改临时密码。", refused.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = temporary, newPassword = "Own-choice-88" })).StatusCode);
        Assert.False((await (await client.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("mustChangePassword").GetBoolean());
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Any(a => a.Action == "user.password-reset" && a.SubjectId == id))));

        // The audit page says what happened to whom in words: the act in Chinese, the account by name, not by its id.
        var page = await (await BrowserSession.SignInAsync(factory, "admin", LinliFactory.AdminPassword)).GetStringAsync("/console/audit");
        var row = System.Text.RegularExpressions.Regex.Matches(WebUtility.HtmlDecode(page), "<tr>.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).First(r => r.Contains("user.password-reset", StringComparison.Ordinal));
        Assert.Contains("重置密码", row);
        Assert.Contains($"账户 {name}（{name}）", row);
        Assert.DoesNotContain(id, row);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_tokens_stop_at_once()
    {
        var (name, id) = await NewStaffAsync();
        var client = await factory.ClientForAsync(name, TestTree.Password);
        var admin = await factory.AdminAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/users/{id}/enabled", new { enabled = false })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        var refused = await (await TokenAsync(name, TestTree.Password)).ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("该账户已停用，请联系管理员。", refused.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/users/{id}/enabled", new { enabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(name, TestTree.Password)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var admin = await factory.AdminAsync();
        var me = await (await admin.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK);

        var problem = await (await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetString()}/enabled", new { enabled = false }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("enabled", out _));
    }

    [Fact]
    public async Task A_demoted_administrator_loses_the_rights_on_the_next_request_with_the_same_token()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var name = "deputy" + Guid.NewGuid().ToString("N")[..6];
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = name, password = TestTree.Password, displayName = "副管理员", roles = new[] { "PlatformAdmin" }, regionIds = Array.Empty<int>(),
        })).ReadJsonAsync(HttpStatusCode.Created);
        var deputy = await factory.ClientForAsync(name, TestTree.Password);
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync("/api/v1/users")).StatusCode);

        await admin.PutAsJsonAsync($"/api/v1/users/{created.GetProperty("id").GetString()}/roles", new { roles = new[] { "CommunityStaff" }, regionIds = new[] { tree.CommunityA } });

        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.GetAsync("/api/v1/users")).StatusCode);
        var makeAdmin = await deputy.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "coup" + name, password = TestTree.Password, displayName = "x", roles = new[] { "PlatformAdmin" }, regionIds = Array.Empty<int>(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, makeAdmin.StatusCode);
        var me = await (await deputy.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["CommunityStaff"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_opens_nothing()
    {
        var (name, _) = await NewStaffAsync();
        var cookies = new CookieContainer();
        var browser = await BrowserSession.SignInAsync(factory, name, TestTree.Password, cookies);
        var copy = factory.CreateDefaultClient(new CookieContainerHandler(Copy(cookies, browser.BaseAddress!)));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/console")).StatusCode);

        var page = await browser.GetStringAsync("/console");
        await browser.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BrowserSession.AntiforgeryToken(page),
            ["returnUrl"] = "/",
        }));

        var after = await copy.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery);
    }

    private async Task<(string Name, string Id)> NewStaffAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var users = await (await admin.GetAsync("/api/v1/users")).ReadJsonAsync(HttpStatusCode.OK);
        return (tree.StaffA, users.EnumerateArray().First(u => u.GetProperty("userName").GetString() == tree.StaffA).GetProperty("id").GetString()!);
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

    private static CookieContainer Copy(CookieContainer cookies, Uri address)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetCookies(address)) copy.Add(address, new Cookie(cookie.Name, cookie.Value));
        return copy;
    }
}
