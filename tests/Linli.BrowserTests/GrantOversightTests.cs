using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The foundation's side of the demo's 2019 batch: the program dashboard draws its charts (on a phone too), and a
/// project's agreement pays its second tranche only after the mid-term review's rectification item is done by the
/// organization.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GrantOversightTests(BrowserFixture fixture)
{
    private const string Program = "武侯区2019年第二批社区发展治理公益创投项目";

    [Fact]
    public async Task The_program_dashboard_draws_money_by_category_and_person_times_by_month_on_a_phone()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jijinhui", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/grants");
        await phone.GetByRole(AriaRole.Link, new() { Name = Program }).ClickAsync();
        await Expect(phone.Locator("[data-figure=projects] .fs-5")).ToHaveTextAsync("45");
        // Seven categories as bars, and the months of the batch with their person-times.
        await Expect(phone.GetByTestId("chart-categories").Locator("svg")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("chart-categories")).ToContainTextAsync("最美阳台");
        await Expect(phone.GetByTestId("chart-months").Locator("svg")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("chart-months")).ToContainTextAsync("2020-");
        await Expect(phone.GetByTestId("attainment").Locator("[data-indicator=PersonTimes] td").Nth(1)).ToHaveTextAsync("45");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }

    [Fact]
    public async Task The_second_tranche_waits_for_the_mid_term_rectification_the_organization_completes()
    {
        var organization = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(organization, "langli", LinliProcess.DemoPassword);
        await organization.GotoAsync("/console/grants/projects");
        await organization.GetByTestId("projects").GetByRole(AriaRole.Link).First.ClickAsync();
        await organization.GetByTestId("oversight-link").ClickAsync();
        var oversightUrl = organization.Url;
        await Expect(organization.GetByTestId("agreement-form")).ToHaveCountAsync(0);

        var district = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(district, "jijinhui", LinliProcess.DemoPassword);
        await district.GotoAsync(oversightUrl);
        var total = decimal.Parse(Regex.Match(await district.GetByTestId("agreement").InnerTextAsync(), @"/ ([0-9,.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var form = district.GetByTestId("agreement-form");
        await form.GetByLabel("协议编号").FillAsync("WH-2019-GY-B");
        await form.GetByLabel("签订日期").FillAsync("2020-01-10");
        await form.GetByLabel("第 1 期金额（元）").FillAsync((total - 5000).ToString("0.00", CultureInfo.InvariantCulture));
        await form.GetByLabel("第 2 期金额（元）").FillAsync("5000");
        await form.Locator("#condition-1").SelectOptionAsync(new SelectOptionValue { Label = "中期评审通过后" });
        await form.GetByRole(AriaRole.Button, new() { Name = "保存协议" }).ClickAsync();
        var tranches = district.GetByTestId("tranches").Locator("tbody tr");
        await Expect(tranches).ToHaveCountAsync(2);
        await Expect(tranches.Nth(1)).ToContainTextAsync("条件未满足");
        await tranches.Nth(0).GetByRole(AriaRole.Button, new() { Name = "登记拨付" }).ClickAsync();
        await Expect(tranches.Nth(0)).ToContainTextAsync("已拨付于");

        var review = district.GetByTestId("review-form");
        await review.GetByLabel("评审日期").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await review.GetByLabel("结论").SelectOptionAsync(new SelectOptionValue { Label = "限期整改" });
        await review.GetByLabel("评审意见").FillAsync("活动台账缺少签到照片。");
        await review.GetByRole(AriaRole.Button, new() { Name = "登记评审" }).ClickAsync();
        await Expect(district.Locator("[data-field=items]")).ToHaveTextAsync("限期整改须列出整改事项。");
        await Expect(review.GetByLabel("评审意见")).ToHaveValueAsync("活动台账缺少签到照片。");
        await review.GetByLabel("整改事项 1").FillAsync("补齐十月活动签到照片");
        await review.Locator("#due-0").FillAsync(DateTime.UtcNow.AddHours(8).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await review.GetByRole(AriaRole.Button, new() { Name = "登记评审" }).ClickAsync();
        await Expect(district.GetByTestId("stage-reviews")).ToContainTextAsync("补齐十月活动签到照片");
        await Expect(tranches.Nth(1)).ToContainTextAsync("条件未满足");

        await organization.ReloadAsync();
        var item = organization.GetByTestId("stage-reviews").Locator("li").First;
        await item.GetByPlaceholder("完成依据（活动、照片、调研报告）").FillAsync("已补传 12 张签到照片");
        await item.GetByRole(AriaRole.Button, new() { Name = "整改完成" }).ClickAsync();
        await Expect(organization.GetByTestId("stage-reviews")).ToContainTextAsync("已补传 12 张签到照片");

        await district.ReloadAsync();
        await tranches.Nth(1).GetByRole(AriaRole.Button, new() { Name = "登记拨付" }).ClickAsync();
        await Expect(tranches.Nth(1)).ToContainTextAsync("已拨付于");
        await Expect(district.GetByTestId("agreement")).ToContainTextAsync($"已拨付 {total.ToString("N2", CultureInfo.InvariantCulture)} / {total.ToString("N2", CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public async Task A_meeting_recorded_from_a_project_page_is_checked_against_its_period_and_listed_on_it()
    {
        var community = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(community, "qingtong", LinliProcess.DemoPassword);
        await community.GotoAsync("/console/grants/projects");
        await community.GetByTestId("projects").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^青桐社区：") }).First.ClickAsync();
        var projectUrl = community.Url;
        await community.GetByTestId("new-meeting").ClickAsync();
        await Expect(community.GetByTestId("in-project")).ToContainTextAsync("本会议属于创投项目");
        var form = community.GetByTestId("new-meeting");
        await form.GetByLabel("会议类型").SelectOptionAsync(new SelectOptionValue { Label = "议事会" });
        await form.GetByLabel("会议名称").FillAsync("院落停车议事会");
        await form.GetByLabel("时间").FillAsync("2031-06-10T19:00");
        await form.GetByLabel("地点").FillAsync("1号院活动室");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(community.Locator("[data-field=grantProjectId]")).ToHaveTextAsync("日期须在项目周期内。");

        // Recorded after it happened, inside the 2020 project.
        await form.GetByLabel("会议类型").SelectOptionAsync(new SelectOptionValue { Label = "议事会" });
        await form.GetByLabel("会议名称").FillAsync("院落停车议事会");
        await form.GetByLabel("时间").FillAsync("2020-06-10T19:00");
        await form.GetByLabel("地点").FillAsync("1号院活动室");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(community).ToHaveURLAsync(new Regex("/console/meetings/[0-9]+$"));
        await community.GotoAsync(projectUrl);
        await Expect(community.GetByTestId("project-meetings")).ToContainTextAsync("2020-06-10 · 议事会 · 院落停车议事会");
    }

    [Fact]
    public async Task A_community_links_a_need_to_a_partners_offer_and_records_what_came_of_it()
    {
        var community = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(community, "qingtong", LinliProcess.DemoPassword);
        await community.GotoAsync("/console/partners");
        await community.GetByRole(AriaRole.Link, new() { Name = "夏老师（垃圾分类讲师）" }).ClickAsync();
        var link = community.GetByTestId("link-need");
        var need = (await link.GetByLabel("需求（社区需求清单）").Locator("option").First.InnerTextAsync()).Split(" · ")[1];
        await link.GetByLabel("对应的资源").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await link.GetByRole(AriaRole.Button, new() { Name = "链接到这项需求" }).ClickAsync();
        var linkage = community.GetByTestId("linkages").Locator("li", new() { HasText = need });
        await Expect(linkage).ToContainTextAsync("垃圾分类、堆肥与蚯蚓堆肥讲座和实践课");
        await Expect(linkage).ToContainTextAsync("跟进中");

        await link.GetByRole(AriaRole.Button, new() { Name = "链接到这项需求" }).ClickAsync();
        await Expect(community.GetByRole(AriaRole.Alert)).ToContainTextAsync("这条需求已链接到该单位，尚待结果。");
        await linkage.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "已落实" });
        await linkage.GetByPlaceholder("反馈（未落实时必填）").FillAsync("讲座已排入十一月居民学校。");
        await linkage.GetByRole(AriaRole.Button, new() { Name = "登记结果" }).ClickAsync();
        await Expect(community.GetByTestId("linkages").Locator("li", new() { HasText = need })).ToContainTextAsync("已落实 讲座已排入十一月居民学校。");
    }

    [Fact]
    public async Task A_payment_is_recorded_with_its_voucher_or_not_at_all()
    {
        var community = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(community, "qingtong", LinliProcess.DemoPassword);
        await community.GotoAsync("/console/grants/projects");
        await community.GetByTestId("projects").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^青桐社区：") }).First.ClickAsync();
        await community.GetByTestId("spending-link").ClickAsync();
        var form = community.GetByTestId("record-expenditure");
        async Task PayAsync(FilePayload voucher)
        {
            await form.GetByLabel("支付金额（元）").FillAsync("126.00");
            await form.GetByLabel("支付日期").FillAsync("2020-12-20");
            await form.GetByLabel("收款方").FillAsync("社区文具店");
            await form.GetByLabel("凭证").SetInputFilesAsync(voucher);
            await form.GetByRole(AriaRole.Button, new() { Name = "登记支出" }).ClickAsync();
        }

        // A text file is no receipt: the payment is not written either.
        await PayAsync(new FilePayload { Name = "收据.txt", MimeType = "text/plain", Buffer = "收据"u8.ToArray() });
        await Expect(community.Locator("[data-field=voucher]")).ToHaveTextAsync("请上传 PDF、Word、Excel 文件或照片");
        await Expect(community.GetByTestId("expenditures")).Not.ToContainTextAsync("社区文具店");

        await PayAsync(new FilePayload { Name = "收据.png", MimeType = "image/png", Buffer = Linli.Web.Platform.Qr.QrCode.Png("社区文具店 126.00") });
        var row = community.GetByTestId("expenditures").Locator("tr", new() { HasText = "社区文具店" });
        await Expect(row).ToContainTextAsync("126.00");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "查看凭证" })).ToBeVisibleAsync();
    }
}
