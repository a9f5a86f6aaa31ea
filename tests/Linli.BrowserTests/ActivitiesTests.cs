using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ActivitiesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_fill_the_last_seat_waitlist_the_next_and_promote_her_when_someone_cancels()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "活动", Exact = true }).ClickAsync();

        var tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1);
        await CreateActivityAsync(page, "长者生日会", tomorrow.AddHours(14), tomorrow.AddHours(16), seats: 1);

        await SignUpAsync(page, "王秀英");
        await Expect(page.GetByTestId("activity-figures")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"1\s*/\s*1"));
        await SignUpAsync(page, "李桂兰");
        var li = page.GetByTestId("attendee-table").Locator("tr", new() { HasText = "李桂兰" });
        await Expect(li).ToContainTextAsync("候补");

        await page.GetByTestId("attendee-table").Locator("tr", new() { HasText = "王秀英" }).GetByRole(AriaRole.Button, new() { Name = "取消报名" }).ClickAsync();
        await Expect(li).ToContainTextAsync("已确认");
        // Tomorrow's activity is outside the check-in window: the row asks why before it records her.
        await li.GetByLabel("补签原因").FillAsync("纸质签到表补录");
        await li.GetByRole(AriaRole.Button, new() { Name = "签到" }).ClickAsync();
        await Expect(li).ToContainTextAsync("已签到");
        await Expect(li).ToContainTextAsync("补签原因：纸质签到表补录");
        await Expect(page.GetByTestId("activity-figures")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"签到人数\s*1"));
    }

    [Fact]
    public async Task Staff_set_up_a_weekly_free_clinic_as_a_series_and_the_list_shows_each_date()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "活动", Exact = true }).ClickAsync();
        var first = DateTime.UtcNow.AddHours(8).Date.AddDays(3);
        await page.GetByLabel("活动名称").FillAsync("社区义诊");
        await page.GetByLabel("开始时间").FillAsync(first.AddHours(9).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("结束时间").FillAsync(first.AddHours(11).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("重复").SelectOptionAsync(new SelectOptionValue { Label = "每周" });
        await page.GetByLabel("次数").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var rows = page.Locator("table tr", new() { HasText = "社区义诊" });
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(2)).ToContainTextAsync(first.AddDays(14).ToString("yyyy-MM-dd"));
        await Expect(page.GetByTestId("calendar-feed")).ToContainTextAsync("/calendar/");
    }

    /// <summary>Fills the console's new-activity form (published) and lands on the new activity's page.</summary>
    private static async Task CreateActivityAsync(IPage page, string title, DateTime starts, DateTime ends, int seats)
    {
        await page.GetByLabel("活动名称").FillAsync(title);
        await page.GetByLabel("开始时间").FillAsync(starts.ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("结束时间").FillAsync(ends.ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("名额").FillAsync(seats.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
    }

    private static async Task SignUpAsync(IPage page, string name)
    {
        await page.GetByLabel("查找").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByTestId("candidates").Locator("li", new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "报名" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
    }

    [Fact]
    public async Task A_resident_signs_up_on_a_phone_is_waitlisted_and_is_promoted_when_a_seat_frees()
    {
        // Staff publish a film night with one seat and give it to 王秀英.
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "活动", Exact = true }).ClickAsync();
        var day = DateTime.UtcNow.AddHours(8).Date.AddDays(2);
        await CreateActivityAsync(staff, "社区电影夜", day.AddHours(19), day.AddHours(20.5), seats: 1);
        await SignUpAsync(staff, "王秀英");

        // 刘建国 (the demo's resident account) signs up on his phone and waits.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Link, new() { Name = "社区活动" }).ClickAsync();
        var film = phone.GetByTestId("portal-activities").Locator("li", new() { HasText = "社区电影夜" });
        await Expect(film).ToContainTextAsync("剩余名额 0");
        await film.GetByRole(AriaRole.Button, new() { Name = "报名" }).ClickAsync();
        await Expect(film).ToContainTextAsync("候补");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/portal/activities scrolls sideways by {overflow}px at 375px");

        // 王秀英 cannot come after all: her seat goes to him.
        await staff.GetByTestId("attendee-table").Locator("tr", new() { HasText = "王秀英" }).GetByRole(AriaRole.Button, new() { Name = "取消报名" }).ClickAsync();
        await Expect(staff.GetByTestId("attendee-table").Locator("tr", new() { HasText = "刘建国" })).ToContainTextAsync("已确认");
        await phone.ReloadAsync();
        await Expect(film).ToContainTextAsync("已确认");

        // He is told, under 消息 on the portal's front page.
        await phone.GotoAsync("/portal");
        await Expect(phone.GetByTestId("unread")).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "消息" }).ClickAsync();
        await Expect(phone.GetByTestId("notifications").Locator("li").First).ToContainTextAsync("您已从候补转为正式报名：社区电影夜");
    }

    [Fact]
    public async Task A_resident_scans_the_posters_QR_checks_in_on_a_phone_and_rates_the_activity()
    {
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "活动", Exact = true }).ClickAsync();
        var now = DateTime.UtcNow.AddHours(8);
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0).AddMinutes(5);
        await CreateActivityAsync(staff, "太极拳体验课", start, start.AddHours(1), seats: 20);
        await Expect(staff.GetByTestId("checkin-qr").Locator("img")).ToBeVisibleAsync();
        var url = await staff.GetByTestId("checkin-url").TextContentAsync();

        // What the phone's camera opens from the poster's QR.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GotoAsync(url!);
        await phone.GetByRole(AriaRole.Button, new() { Name = "我到了，签到" }).ClickAsync();
        await Expect(phone.GetByTestId("standing")).ToContainTextAsync("已签到");

        await phone.GetByRole(AriaRole.Group, new() { Name = "总体满意度" }).GetByLabel("4分").CheckAsync();
        await phone.GetByRole(AriaRole.Group, new() { Name = "组织安排" }).GetByLabel("5分").CheckAsync();
        await phone.GetByLabel("是", new() { Exact = true }).CheckAsync();
        await phone.GetByLabel("想说的话").FillAsync("老师讲得很耐心");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(phone.GetByTestId("my-rating")).ToHaveTextAsync("您的评价：4分");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the activity page scrolls sideways by {overflow}px at 375px");

        await staff.ReloadAsync();
        await Expect(staff.GetByTestId("activity-figures")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"签到人数\s*1"));
        await Expect(staff.GetByTestId("activity-figures")).ToContainTextAsync("4.0 / 5（1）");
    }
}
