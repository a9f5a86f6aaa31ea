using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Identity;

public sealed class AuthTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Token_endpoint_returns_a_bearer_token_that_opens_the_api()
    {
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = LinliFactory.AdminPassword }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Contains("PlatformAdmin", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem_in_chinese()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "not-the-password1" });
        var problem = await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("用户名或密码错误。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Me_lists_the_assigned_regions_of_staff()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var me = await (await staff.GetAsync("/api/v1/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([tree.CommunityA], me.GetProperty("regionIds").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal(["CommunityStaff"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var tree = await TestTree.CreateAsync(factory);
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = tree.StaffB, password = "wrong-password-9" });

        var locked = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = tree.StaffB, password = TestTree.Password }))
            .ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("锁定", locked.GetProperty("detail").GetString());
        var lockouts = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Action == "auth.locked-out")));
        Assert.True(lockouts >= 1);
    }

    [Fact]
    public async Task Staff_can_sign_in_with_their_phone_number()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, "phoneuser", "SocialWorker", tree.CommunityA, "138 0013 8000");
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "13800138000", password = TestTree.Password });
        await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_refuses_anonymous_callers_and_browser_cookies()
    {
        var anonymous = await factory.CreateClient().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        // A cookie from the sign-in form must not drive the API: that is what keeps the API free of CSRF.
        var browser = await BrowserSession.SignInAsync(factory, "admin", LinliFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/signin", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["_handler"] = "signin", ["Input.Login"] = "admin", ["Input.Password"] = LinliFactory.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("linli.auth", StringComparison.Ordinal));
    }
}
