using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Community_staff_sign_in_and_walk_down_their_region_tree()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "jinhua", LinliProcess.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "欢迎使用邻里工作台" })).ToBeVisibleAsync();
        // The stylesheets arrived and apply: Bootstrap's (from npm) spacing on the console header, and Linli's own darker
        // blue under it (Bootstrap's primary gives the header's text 4.26:1, short of WCAG AA: AccessibilityTests).
        await Expect(page.Locator("header.console-header")).ToHaveCSSAsync("padding-left", "16px");
        await Expect(page.Locator("header.console-header")).ToHaveCSSAsync("background-color", "rgb(10, 88, 202)");
        await page.GetByRole(AriaRole.Link, new() { Name = "区域管理" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "锦华社区" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "锦华苑" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "1栋", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "1单元" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("1单元");
        await Expect(page.GetByTestId("region-table").GetByRole(AriaRole.Link, new() { Name = "101" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "breadcrumb" })).ToContainTextAsync("锦华苑");
        // Another community of the same street is not theirs to see.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "青桐社区" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_console_switches_to_english_and_back()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Regions" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to the Linli console" })).ToBeVisibleAsync();

        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "区域管理" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_chinese()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "ankang", "not-the-password-1");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码错误。");
    }

    [Fact]
    public async Task An_administrator_adds_a_compound_through_the_form()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "admin", LinliProcess.AdminPassword);
        await page.GotoAsync("/console/regions");
        await page.GetByRole(AriaRole.Link, new() { Name = "武侯区" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "锦城街道" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "安康社区" }).ClickAsync();

        await page.Locator("#child-name").FillAsync("安康家园二期");
        await page.Locator("#child-code").FillAsync("AK02");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(page.GetByTestId("region-table").GetByRole(AriaRole.Link, new() { Name = "安康家园二期" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_verifies_the_audit_log()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "admin", LinliProcess.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("auth.signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验日志完整性" }).ClickAsync();
        await Expect(page.GetByTestId("audit-verification")).ToContainTextAsync("日志完整");
    }

    [Fact]
    public async Task Staff_do_not_see_the_administrators_pages()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "jincheng", LinliProcess.DemoPassword);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "账户管理" })).ToHaveCountAsync(0);
        await page.GotoAsync("/console/users");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "您没有此项操作的权限。" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_console_menu_folds_behind_a_button_and_nothing_scrolls_sideways()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        var regions = page.GetByRole(AriaRole.Link, new() { Name = "区域管理" });
        await Expect(regions).ToBeHiddenAsync();

        var menu = page.GetByRole(AriaRole.Button, new() { Name = "菜单" });
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await regions.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/console/regions scrolls sideways by {overflow}px at 375px");
    }
}
