using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PointsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_resident_exchanges_points_for_eggs_on_a_phone_and_staff_hand_them_over()
    {
        // 刘建国 (jumin) earned 35 points in the demo: sorting waste and helping at the free clinic.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Link, new() { Name = "我的积分", Exact = true }).ClickAsync();
        await Expect(phone.GetByTestId("balance")).ToHaveTextAsync("当前积分 35 分");
        await Expect(phone.GetByTestId("history")).ToContainTextAsync("垃圾分类投放（一周三次）");

        var eggs = phone.GetByTestId("exchange").Locator("li", new() { HasText = "鸡蛋一盘" });
        await Expect(eggs).ToContainTextAsync("10积分");
        // The rice costs more than he has: its button waits.
        await Expect(phone.GetByTestId("exchange").Locator("li", new() { HasText = "大米一袋" }).GetByRole(AriaRole.Button)).ToBeDisabledAsync();
        await eggs.GetByRole(AriaRole.Button, new() { Name = "兑换" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("兑换成功，请到社区服务站领取。");
        await Expect(phone.GetByTestId("balance")).ToHaveTextAsync("当前积分 25 分");
        await Expect(phone.GetByTestId("to-pick-up")).ToContainTextAsync("鸡蛋一盘 ×1");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/portal/points scrolls sideways by {overflow}px at 375px");

        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "积分兑换" }).ClickAsync();
        var waiting = staff.GetByTestId("waiting-table").Locator("tr", new() { HasText = "刘建国" });
        await Expect(waiting).ToContainTextAsync("鸡蛋一盘 ×1");
        await Expect(waiting).ToHaveCountAsync(1);
        await waiting.GetByRole(AriaRole.Button, new() { Name = "已领取" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(staff.GetByTestId("waiting-table").Locator("tr", new() { HasText = "刘建国" })).ToHaveCountAsync(0);
        await Expect(staff.GetByTestId("catalog-table").Locator("tr", new() { HasText = "鸡蛋一盘" })).ToContainTextAsync("19");
    }
}
