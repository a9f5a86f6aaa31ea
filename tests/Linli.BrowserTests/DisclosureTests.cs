using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The parking group's fund in the open: staff record an expense and correct it, and the public page — the QR code on
/// the notice board — shows the correction beside the original and that the chain of entries holds.
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
        await Expect(page.GetByTestId("ledger-facts")).ToContainTextAsync("结余 190.00 元");

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
    }
}
