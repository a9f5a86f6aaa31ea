using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The street office's dashboard: from its home page to the street's figures, down to a community and a courtyard,
/// compared with last year; the monthly summary downloaded and opened in LibreOffice; a community's target set on a
/// phone and its traffic light; the demo district showing the figures the seeds report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardsTests(BrowserFixture fixture)
{
    private static DateOnly LastMonth
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    [Fact]
    public async Task A_street_officer_drills_from_the_street_to_a_courtyard_compares_with_last_year_and_downloads_the_monthly_summary()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "jincheng", LinliProcess.DemoPassword);
        var home = page.GetByTestId("home-figures");
        await Expect(home).ToContainTextAsync("锦城街道本月概况");
        await home.GetByRole(AriaRole.Link, new() { Name = "打开数据看板" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("锦城街道 数据看板");
        var table = page.GetByTestId("region-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("chart-trend").Locator("svg")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chart-children")).ToContainTextAsync("青桐社区");
        // The street's residents are its communities' sum; unique people are marked as not adding up.
        var residents = await table.Locator("tbody [data-cell=residents]").AllInnerTextsAsync();
        await Expect(table.Locator("tfoot [data-cell=residents]")).ToHaveTextAsync(residents.Sum(r => int.Parse(r, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToString("#,0", CultureInfo.InvariantCulture));
        await Expect(table.Locator("thead th").Filter(new() { HasText = "参与人数（去重）" })).ToHaveTextAsync("参与人数（去重）*");

        await table.GetByRole(AriaRole.Link, new() { Name = "青桐社区" }).ClickAsync();
        await Expect(page.GetByTestId("trail")).ToContainTextAsync("锦城街道");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("青桐社区 数据看板");
        await page.GetByTestId("region-table").GetByRole(AriaRole.Link, new() { Name = "青桐老院" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("青桐老院 数据看板");
        // A compound counts the people living there (the demo's sixteen, all in 1号院); activities belong to no one's home.
        await Expect(page.Locator("[data-figure=residents] .fs-5")).ToContainTextAsync("16");
        await Expect(page.Locator("[data-figure=activitiesHeld]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("region-table").Locator("[data-region]").Filter(new() { HasText = "1号院" }).Locator("[data-cell=residents]")).ToHaveTextAsync("16");

        var form = page.GetByTestId("period-form");
        await form.GetByLabel("统计周期").SelectOptionAsync(new SelectOptionValue { Label = "年" });
        await form.GetByLabel("对比").SelectOptionAsync(new SelectOptionValue { Label = "去年同期" });
        await form.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(page.GetByTestId("period")).ToContainTextAsync($"{DateTime.UtcNow.AddHours(8).Year}-01-01");
        await Expect(page.Locator("[data-figure=visits] [data-compare]")).ToContainTextAsync("较去年同期");

        // Back to the street for its monthly summary, in Word, opened by LibreOffice.
        await page.GetByTestId("trail").GetByRole(AriaRole.Link, new() { Name = "锦城街道" }).ClickAsync();
        var report = page.GetByTestId("monthly-report");
        await report.GetByLabel("月份").FillAsync(LastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await report.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-docx").ClickAsync());
        var title = $"锦城街道{LastMonth.Year}年{LastMonth.Month}月社区工作汇总";
        Assert.Equal(title + ".docx", download.SuggestedFilename);
        var text = Encoding.UTF8.GetString(await Linli.Tests.Infrastructure.LibreOffice.ConvertAsync(
            await File.ReadAllBytesAsync(await download.PathAsync()), "summary.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains(title, text);
        Assert.Contains("青桐社区", text);
        Assert.Contains("参与人次", text);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("report-status")).ToContainTextAsync("尚未报送");
        await report.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Expect(page.GetByTestId("report-status")).ToContainTextAsync("由 jincheng 报送");
    }

    [Fact]
    public async Task The_district_sees_the_grant_batchs_89000_person_times_over_its_project_period_by_street()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "wuhou", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/dashboards?period=custom&on=2020-03-01&to=2021-06-30");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("武侯区 数据看板");
        await Expect(page.Locator("[data-figure=personTimes] .fs-5")).ToContainTextAsync("89,000");
        await Expect(page.Locator("[data-figure=activitiesHeld] .fs-5")).ToContainTextAsync("472");
        await Expect(page.GetByTestId("region-table")).ToContainTextAsync("锦城街道");
        await Expect(page.GetByTestId("region-table")).ToContainTextAsync("创投示例街道（编造）");
    }

    [Fact]
    public async Task The_district_sees_the_seeds_figures_in_the_demo_communities()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "wuhou", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/dashboards");
        await page.GetByTestId("region-table").GetByRole(AriaRole.Link, new() { Name = "创投示例街道（编造）" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("创投示例街道（编造） 数据看板");
        var street = page.GetByTestId("region-table");
        // Seed 002 case 7: five of 七道堰's eight commercial compounds have an owners' committee.
        var qidaoyan = street.Locator("[data-region]").Filter(new() { HasText = "七道堰社区" });
        await Expect(qidaoyan.Locator("[data-cell=compounds]")).ToHaveTextAsync("8");
        await Expect(qidaoyan.Locator("[data-cell=compoundsWithCommittee]")).ToHaveTextAsync("5");
        await Expect(qidaoyan.Locator("[data-cell=committeeShare]")).ToHaveTextAsync("62.5");
        var jifu = await RegionIdAsync(street, "吉福社区");

        // Seed 002 case 1: 新南路's 985 residents of 70 and over, in its 52 old courtyards.
        await street.GetByRole(AriaRole.Link, new() { Name = "新南路社区" }).ClickAsync();
        await Expect(page.Locator("[data-figure=aged70] .fs-5")).ToHaveTextAsync("985 人");
        await page.GetByTestId("region-table").GetByRole(AriaRole.Link, new() { Name = "华西坝老旧院落" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("华西坝老旧院落 数据看板");
        await Expect(page.GetByTestId("region-table").Locator("tbody [data-region]:not([data-region=unplaced])")).ToHaveCountAsync(52);
        await Expect(page.GetByTestId("region-table").Locator("tfoot [data-cell=aged70]")).ToHaveTextAsync("985");

        // Seed 002 case 5: 吉福's 118 disabled residents, each visited in the three rounds from November 2019 to January 2020.
        await page.GotoAsync($"/console/dashboards?regionId={jifu}&period=custom&on=2019-11-01&to=2020-01-31");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("吉福社区 数据看板");
        await Expect(page.Locator("[data-figure=disabled] .fs-5")).ToHaveTextAsync("118 人");
        await Expect(page.Locator("[data-figure=visits] .fs-5")).ToHaveTextAsync("354 次");
    }

    [Fact]
    public async Task The_street_sees_its_composite_spaces_two_hundred_openings_and_five_hundred_beneficiaries()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "jincheng", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/dashboards");
        var ankang = await RegionIdAsync(page.GetByTestId("region-table"), "安康社区");
        // Seed 000's space, open six days a week since it was set up 233 days ago, closed on Mondays.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var setUp = today.AddDays(-233);
        var openDays = Enumerable.Range(0, 234).Count(d => setUp.AddDays(d).DayOfWeek != DayOfWeek.Monday);
        await page.GotoAsync($"/console/dashboards?regionId={ankang}&period=custom&on={setUp:yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("安康社区 数据看板");
        await Expect(page.Locator("[data-figure=spaceOpenDays] .fs-5")).ToHaveTextAsync($"{openDays} 天");
        await Expect(page.Locator("[data-figure=activitiesHeld] .fs-5")).ToHaveTextAsync("22 场");
        await Expect(page.Locator("[data-figure=uniquePeople] .fs-5")).ToHaveTextAsync("526 人");
    }

    /// <summary>The region id behind a row's link in a dashboard's region table.</summary>
    private static async Task<int> RegionIdAsync(ILocator table, string name)
    {
        var href = await table.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).GetAttributeAsync("href");
        return int.Parse(System.Text.RegularExpressions.Regex.Match(href!, @"regionId=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_community_sets_a_monthly_target_on_a_phone_and_its_tile_lights_up()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "qingtong", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/dashboards");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("青桐社区 数据看板");
        await Expect(phone.GetByTestId("chart-trend").Locator("svg")).ToBeVisibleAsync();
        await Expect(phone.Locator("[data-figure=personTimes]")).ToBeVisibleAsync();

        var targets = phone.GetByTestId("targets");
        await targets.Locator("summary").ClickAsync();
        await targets.GetByLabel("指标").SelectOptionAsync(new SelectOptionValue { Label = "参与人次" });
        await targets.GetByLabel("周期").SelectOptionAsync(new SelectOptionValue { Label = "每月" });
        await targets.GetByLabel("目标值（留空为删除）").FillAsync("100000");
        await targets.GetByRole(AriaRole.Button, new() { Name = "保存目标" }).ClickAsync();
        // Far more than the demo's month: behind, and the tile says what is due by today.
        await Expect(phone.Locator("[data-figure=personTimes] [data-light]")).ToHaveAttributeAsync("data-light", "Red");
        await Expect(phone.Locator("[data-figure=personTimes] [data-target]")).ToContainTextAsync("目标 100,000");
        await Expect(phone.GetByTestId("target-list")).ToContainTextAsync("参与人次 · 每月 · 100,000");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }
}
