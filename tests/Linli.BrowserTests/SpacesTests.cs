using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SpacesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_choir_books_the_group_room_on_a_phone_and_staff_approve_it()
    {
        // The demo's composite space is closed on Mondays: pick the next other day.
        var day = Enumerable.Range(1, 7).Select(i => DateTime.UtcNow.AddHours(8).Date.AddDays(i)).First(d => d.DayOfWeek != DayOfWeek.Monday);
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Link, new() { Name = "预约场地" }).ClickAsync();
        await phone.GetByLabel("场地").SelectOptionAsync(new SelectOptionValue { Label = "小组活动室（25人，需审核）" });
        await phone.GetByLabel("开始时间").FillAsync(day.AddHours(15).ToString("yyyy-MM-ddTHH:mm"));
        await phone.GetByLabel("结束时间").FillAsync(day.AddHours(17).ToString("yyyy-MM-ddTHH:mm"));
        await phone.GetByLabel("团队名称").FillAsync("夕阳红合唱团");
        await phone.GetByLabel("用途").FillAsync("合唱排练");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交预约" }).ClickAsync();
        var mine = phone.GetByTestId("my-bookings").Locator("li", new() { HasText = "夕阳红合唱团" });
        await Expect(mine).ToContainTextAsync("待审核");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/portal/spaces scrolls sideways by {overflow}px at 375px");

        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "场地", Exact = true }).ClickAsync();
        var row = staff.GetByTestId("pending-bookings").Locator("tr", new() { HasText = "夕阳红合唱团" });
        await row.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(staff.GetByTestId("pending-bookings")).Not.ToContainTextAsync("夕阳红合唱团");

        await phone.ReloadAsync();
        await Expect(mine).ToContainTextAsync("已确认");
        await phone.GotoAsync("/portal/notifications");
        await Expect(phone.GetByTestId("notifications")).ToContainTextAsync("您预约的小组活动室");
    }
}
