using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class WorkbenchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_community_social_worker_opens_the_console_on_todays_and_overdue_work_and_goes_straight_to_it()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);

        var workbench = page.GetByTestId("workbench");
        // The demo's 张德明 (monthly visit overdue) and 李桂兰 (alone, never visited), and whoever other tests add.
        var overdue = workbench.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^\d+ 位服务对象超期未联系") });
        await Expect(overdue).ToBeVisibleAsync();
        await Expect(page.GetByText("模块将陆续上线")).ToHaveCountAsync(0);
        await overdue.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("张德明");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("李桂兰");
    }

    [Fact]
    public async Task A_group_leaders_workbench_lists_nothing_of_the_register()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "zuzhang", LinliProcess.DemoPassword);
        await Expect(page.GetByTestId("workbench")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("workbench")).Not.ToContainTextAsync("服务对象");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "居民台账" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_portal_greets_the_resident_by_name_with_their_points()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await Expect(phone.GetByTestId("greeting")).ToHaveTextAsync("刘建国，您好！");
        var notes = phone.GetByTestId("portal-notes");
        await Expect(notes.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^我的积分：\\d+ 分$") })).ToBeVisibleAsync();
    }
}
