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
    public async Task Wrong_passwords_stop_the_guessing_address_without_locking_the_account()
    {
        var tree = await TestTree.CreateAsync(factory);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(tree.StaffB, "wrong-password-9")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(tree.StaffB, TestTree.Password)).StatusCode);

        for (var i = 0; i < 10; i++) await TokenAsync(tree.StaffA, "wrong-password-9");

        // This address may not try StaffA for a while, but StaffA's account is not locked for anyone else.
        var refused = await (await TokenAsync(tree.StaffA, TestTree.Password)).ReadJsonAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("尝试次数过多，请稍后再试。", refused.GetProperty("detail").GetString());
        var locked = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == tree.StaffA).LockoutEnd));
        Assert.Null(locked);
    }

    [Fact]
    public async Task An_unknown_name_and_a_wrong_password_get_the_same_answer()
    {
        var tree = await TestTree.CreateAsync(factory);
        var unknown = await (await TokenAsync("nobody-" + tree.StaffA, "wrong-password-9")).Content.ReadAsStringAsync();
        var wrong = await (await TokenAsync(tree.StaffA, "wrong-password-9")).Content.ReadAsStringAsync();
        Assert.Equal(Without(unknown, "traceId"), Without(wrong, "traceId"));
    }

    private static string Without(string json, string property)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove(property);
        return node.ToJsonString();
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

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
    public async Task A_pages_download_link_reads_the_file_with_the_cookie_and_nothing_else_of_the_api_does()
    {
        var browser = await BrowserSession.SignInAsync(factory, "admin", LinliFactory.AdminPassword);
        var template = await browser.GetAsync("/api/v1/reading-room/books/import-template");
        Assert.Equal((HttpStatusCode.OK, Linli.Web.Platform.Exports.OfficeTypes.Xlsx), (template.StatusCode, template.Content.Headers.ContentType?.MediaType));
        // The same cookie cannot write through the API, nor read its JSON.
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsJsonAsync("/api/v1/regions", new { name = "冒名街道", kind = "Street" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/regions")).StatusCode);
        // Without a session, the file answers as the API does: 401, not the sign-in page.
        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/v1/reading-room/books/import-template");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        // A resident's session is refused the staff's file with 403.
        var tree = await TestTree.CreateAsync(factory);
        var userName = "res" + Guid.NewGuid().ToString("N")[..8];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), userName, "Resident", tree.CommunityA);
        var resident = await BrowserSession.SignInAsync(factory, userName, TestTree.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync("/api/v1/reading-room/books/import-template")).StatusCode);
        // A resident has no console: its home sends them to "no permission".
        var console = await resident.GetAsync("/console");
        Assert.Equal((HttpStatusCode.Redirect, "/denied"), (console.StatusCode, console.Headers.Location?.AbsolutePath));
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
