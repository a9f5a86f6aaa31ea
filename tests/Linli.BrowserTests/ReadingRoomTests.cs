using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReadingRoomTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_grandfather_borrows_for_his_granddaughter_on_his_phone_and_the_overdue_reminder_reaches_him()
    {
        // 刘建国 (jumin) is 刘小禾's guardian in the demo; on his phone he borrows 《小猪唏哩呼噜》 for her.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Link, new() { Name = "阅览室借书" }).ClickAsync();
        await phone.GetByLabel("为谁借").SelectOptionAsync(new SelectOptionValue { Label = "刘小禾" });
        await phone.GetByLabel("条码").FillAsync("QT-0005");
        await phone.GetByRole(AriaRole.Button, new() { Name = "借这本书" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        var loan = phone.GetByTestId("my-loans").Locator("li", new() { HasText = "小猪唏哩呼噜" });
        await Expect(loan).ToContainTextAsync("刘小禾");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/portal/library scrolls sideways by {overflow}px at 375px");

        // At the desk, a paper slip from forty days ago is recorded for her: ten days overdue.
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "阅览室", Exact = true }).ClickAsync();
        await Expect(staff.GetByTestId("loan-table")).ToContainTextAsync("监护人 刘建国");
        await staff.GetByLabel("读者").FillAsync("刘小禾");
        await staff.GetByLabel("条码").First.FillAsync("QT-0006");
        await staff.GetByLabel("借出日期").FillAsync(DateTime.UtcNow.AddHours(8).Date.AddDays(-40).ToString("yyyy-MM-dd"));
        await staff.GetByRole(AriaRole.Button, new() { Name = "借出", Exact = true }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        var overdue = staff.GetByTestId("overdue-table").Locator("tr", new() { HasText = "十万个为什么" });
        await Expect(overdue).ToContainTextAsync("逾期10天");
        await Expect(overdue).ToContainTextAsync("0 / 3");

        await staff.GetByRole(AriaRole.Button, new() { Name = "发送逾期提醒" }).ClickAsync();
        await Expect(staff.GetByTestId("reminders-sent")).ToHaveTextAsync("已发送 1 条逾期提醒。");
        await Expect(overdue).ToContainTextAsync("2 / 3");

        // The reminder for the child goes to her guardian.
        await phone.GotoAsync("/portal");
        await phone.GetByRole(AriaRole.Link, new() { Name = "消息" }).ClickAsync();
        await Expect(phone.GetByTestId("notifications")).ToContainTextAsync("您借阅的《十万个为什么》已于");
        await Expect(phone.GetByTestId("notifications")).ToContainTextAsync("（第2次提醒）");
    }

    [Fact]
    public async Task A_resident_borrows_by_scanning_the_books_label_with_the_phones_camera()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Link, new() { Name = "阅览室借书" }).ClickAsync();
        await phone.GetByLabel("为谁借").SelectOptionAsync(new SelectOptionValue { Label = "刘建国" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "扫码" }).ClickAsync();

        // The camera reads QT-0008's label and the form goes by itself.
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。", new() { Timeout = 15_000 });
        await Expect(phone.GetByTestId("my-loans").Locator("li", new() { HasText = "平凡的世界" })).ToContainTextAsync("刘建国");
    }
}
