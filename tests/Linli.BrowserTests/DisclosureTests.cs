using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The parking group's fund in the open: staff record an expense (refused without its receipt), publish last month's
/// statement (the month is closed to new entries), correct the expense, and the public page — the QR code on the notice
/// board — shows the statement, the correction beside the original and that the chain of entries holds.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DisclosureTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_record_and_correct_an_expense_and_the_public_page_shows_both_and_a_valid_chain()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/ledgers");
        await page.GetByTestId("ledgers-table").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^停车自管小组基金") }).ClickAsync();
        await Expect(page.GetByTestId("ledger-facts")).ToContainTextAsync("结余 310.00 元");

        var form = page.GetByTestId("record-entry");
        await form.GetByLabel("收支").SelectOptionAsync(new SelectOptionValue { Label = "支出" });
        await form.GetByLabel("金额（元）").FillAsync("12.345");
        await form.GetByLabel("科目").FillAsync("灭火器年检");
        await form.GetByLabel("付款人／收款方").FillAsync("蓉城消防器材服务部");
        await form.GetByRole(AriaRole.Button, new() { Name = "记一笔" }).ClickAsync();
        await Expect(page.Locator("[data-field=amount]")).ToHaveTextAsync("金额须大于 0，最多两位小数（单位：元）。");
        await form.GetByLabel("收支").SelectOptionAsync(new SelectOptionValue { Label = "支出" });
        await form.GetByLabel("金额（元）").FillAsync("120");
        await form.GetByLabel("科目").FillAsync("灭火器年检");
        await form.GetByLabel("付款人／收款方").FillAsync("蓉城消防器材服务部");
        await form.GetByRole(AriaRole.Button, new() { Name = "记一笔" }).ClickAsync();
        // An expense needs its receipt: refused without one, nothing written.
        await Expect(page.Locator("[data-field=voucher]")).ToHaveTextAsync("支出须上传凭证（发票或收据的照片、PDF）。");
        await Expect(page.GetByTestId("ledger-facts")).ToContainTextAsync("结余 310.00 元");
        await form.GetByLabel("收支").SelectOptionAsync(new SelectOptionValue { Label = "支出" });
        await form.GetByLabel("金额（元）").FillAsync("120");
        await form.GetByLabel("科目").FillAsync("灭火器年检");
        await form.GetByLabel("付款人／收款方").FillAsync("蓉城消防器材服务部");
        await form.GetByLabel("凭证（发票或收据的照片、PDF；支出必传）").SetInputFilesAsync(new FilePayload { Name = "收据.png", MimeType = "image/png", Buffer = Linli.Web.Platform.Qr.QrCode.Png("收据 120 元") });
        await form.GetByRole(AriaRole.Button, new() { Name = "记一笔" }).ClickAsync();
        await Expect(page.GetByTestId("ledger-facts")).ToContainTextAsync("结余 190.00 元");
        await Expect(page.GetByTestId("entries-table").Locator("tr", new() { HasText = "灭火器年检" }).GetByRole(AriaRole.Link, new() { Name = "凭证" })).ToBeVisibleAsync();

        // Last month's statement of the fees and spending, published: the month is closed to new entries.
        var lastMonth = DateTime.UtcNow.AddHours(8).AddMonths(-1);
        var publish = page.GetByTestId("publish-statement");
        await publish.GetByLabel("报表期间").SelectOptionAsync(new SelectOptionValue { Label = "月度" });
        await publish.GetByLabel("年份").FillAsync(lastMonth.Year.ToString());
        await publish.GetByLabel("第几期（月份 1–12、季度 1–4、半年 1–2）").FillAsync(lastMonth.Month.ToString());
        await publish.GetByRole(AriaRole.Button, new() { Name = "公布报表" }).ClickAsync();
        var statement = page.GetByTestId("statements-table").Locator("tbody tr").First;
        await Expect(statement).ToContainTextAsync($"{lastMonth.Year}年{lastMonth.Month}月");
        await Expect(statement.Locator("td").Nth(4)).ToHaveTextAsync("310.00");
        await form.GetByLabel("日期").FillAsync(lastMonth.ToString("yyyy-MM-dd"));
        await form.GetByLabel("收支").SelectOptionAsync(new SelectOptionValue { Label = "收入" });
        await form.GetByLabel("金额（元）").FillAsync("150");
        await form.GetByLabel("科目").FillAsync("停车费");
        await form.GetByLabel("付款人／收款方").FillAsync("补交的住户");
        await form.GetByRole(AriaRole.Button, new() { Name = "记一笔" }).ClickAsync();
        await Expect(page.Locator("[data-field=on]")).ToContainTextAsync("收支报表已公布，账期已关闭");

        var row = page.GetByTestId("entries-table").Locator("tr", new() { HasText = "灭火器年检" });
        await row.GetByText("更正").First.ClickAsync();
        await row.GetByLabel("正确金额").FillAsync("100.00");
        await row.GetByLabel("更正原因").FillAsync("按收据金额");
        await row.GetByRole(AriaRole.Button, new() { Name = "更正" }).ClickAsync();
        await Expect(page.GetByTestId("ledger-facts")).ToContainTextAsync("结余 210.00 元");

        await page.GetByRole(AriaRole.Link, new() { Name = "公开页面" }).ClickAsync();
        var ledger = page.GetByTestId("public-ledger");
        await Expect(ledger).ToContainTextAsync("结余 210.00 元");
        await Expect(ledger).ToContainTextAsync("按收据金额");
        await Expect(ledger.GetByTestId("chain-check")).ToHaveTextAsync("账链完整：18 笔记录均未被改动。");
        await Expect(ledger).Not.ToContainTextAsync("王秀英");
        await Expect(ledger.GetByTestId("public-statements")).ToContainTextAsync($"{lastMonth.Year}年{lastMonth.Month}月");
    }

    [Fact]
    public async Task Staff_publish_a_notice_and_residents_read_it_on_the_board_and_find_older_ones_in_the_archive()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/notices");
        var form = page.GetByTestId("new-notice");
        await page.GetByText("发布公告").ClickAsync();
        await form.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "工程进度" });
        await form.GetByLabel("标题").FillAsync("1号院雨污管道疏通");
        await form.GetByLabel("正文").FillAsync("本周六上午疏通 1号院雨污管道，请勿在井盖附近停车。");
        await form.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        var notice = page.GetByTestId("notices").Locator(".list-group-item", new() { HasText = "1号院雨污管道疏通" });
        await Expect(notice).ToContainTextAsync("公示中");
        var board = await notice.GetByRole(AriaRole.Link, new() { Name = "公开页面" }).GetAttributeAsync("href");

        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(board!);
        await Expect(phone.GetByTestId("public-notices")).ToContainTextAsync("本周六上午疏通 1号院雨污管道");
        await phone.GetByRole(AriaRole.Link, new() { Name = "历史公告" }).ClickAsync();
        await phone.GetByLabel("搜索公告").FillAsync("停车自管小组");
        await phone.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Expect(phone.GetByTestId("public-notices").Locator("article")).ToHaveCountAsync(1);
        await Expect(phone.GetByTestId("public-notices")).ToContainTextAsync("停车自管小组上月收支已公示");
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the notice board is {scroll}px wide on a 375px phone");
    }

    [Fact]
    public async Task The_fire_systems_tender_shows_its_bids_and_saving_and_progress_reaches_the_public_page()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "jinhua", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/works");
        await page.GetByTestId("works-table").GetByRole(AriaRole.Link, new() { Name = "锦华苑消防系统维修" }).ClickAsync();
        await Expect(page.GetByTestId("award")).ToContainTextAsync("中标：四川蓉安消防工程有限公司，报价 1,026,000.00 元，比预算节省 2,054,000.00 元");
        await page.GetByLabel("完成百分比").FillAsync("45");
        await page.GetByLabel("进展说明").FillAsync("完成 1–4 栋喷淋管道更换");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录进度" }).ClickAsync();
        await Expect(page.GetByTestId("works-progress")).ToContainTextAsync("45% · 完成 1–4 栋喷淋管道更换");
        var board = await page.GetByRole(AriaRole.Link, new() { Name = "公开页面" }).GetAttributeAsync("href");

        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(board!);
        var works = phone.GetByTestId("public-works").Filter(new() { HasText = "锦华苑消防系统维修" });
        await Expect(works).ToContainTextAsync("业主代表 6 人见证");
        await Expect(works).ToContainTextAsync("成都天府消防技术服务有限公司");
        await Expect(works).ToContainTextAsync("施工进度 45%");
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the works page is {scroll}px wide on a 375px phone");
    }
}
