using Linli.Web.Platform.Exports;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ResidentsLedgerTests(BrowserFixture fixture)
{
    // The demo's 锦华社区 names units by compound, building, entrance and number.
    private static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "手机号", "小区", "楼栋", "单元", "房号", "标签"];

    [Fact]
    public async Task The_export_button_downloads_the_list_as_filtered_with_the_empty_filters_ignored()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "shegong", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "居民台账" }).ClickAsync();
        await page.GetByLabel("小区/院落").SelectOptionAsync(new SelectOptionValue { Label = "芳草园" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var shown = await page.GetByTestId("resident-table").Locator("tbody tr").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" }).ClickAsync());

        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        await using var file = File.OpenRead(await download.PathAsync());
        var rows = Xlsx.ReadFirstSheet(file);
        Assert.Equal("姓名", rows[0][0]);
        Assert.Equal(shown, rows.Count - 1);
    }

    [Fact]
    public async Task A_social_worker_imports_the_ledger_and_visits_an_elder_living_alone()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "shegong", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "居民台账" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "从 Excel 导入" }).ClickAsync();

        // First attempt: a building that does not exist and a misspelt birth date. Nothing is written.
        var rejected = Xlsx.Write("居民", Headers,
        [
            ["钱独居", "女", "1939-05-06", "", "13800005555", "锦华苑", "9栋", "1单元", "101", "空巢"],
            ["钱家儿子", "男", "1970-13-01", "", "", "锦华苑", "1栋", "1单元", "102", ""],
        ]);
        await UploadAsync(page, rejected);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("发现 2 处错误，未导入任何数据");
        await Expect(page.GetByTestId("import-errors")).ToContainTextAsync("本社区没有“9栋”");
        await Expect(page.GetByTestId("error-report")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^data:application/vnd.openxmlformats"));

        // Fixed and uploaded again.
        var fixedSheet = Xlsx.Write("居民", Headers,
        [
            ["钱独居", "女", "1939-05-06", "", "13800005555", "锦华苑", "1栋", "1单元", "101", "空巢"],
            ["钱家儿子", "男", "1970-12-01", "", "", "锦华苑", "1栋", "1单元", "102", ""],
        ]);
        await UploadAsync(page, fixedSheet);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("导入完成：共 2 位居民。");

        // She lives alone and nobody has been to see her: she is on the overdue list.
        await page.GetByRole(AriaRole.Link, new() { Name = "关爱服务" }).ClickAsync();
        await Expect(page.GetByTestId("overdue-table")).ToContainTextAsync("钱独居");

        // Find her, record the visit.
        await page.GetByRole(AriaRole.Link, new() { Name = "居民台账" }).ClickAsync();
        await page.GetByLabel("查找").FillAsync("钱独");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.GetByTestId("resident-table")).ToContainTextAsync("138****5555");
        // She lives in 锦华苑: the other compound's list does not have her.
        await page.GetByLabel("小区/院落").SelectOptionAsync(new SelectOptionValue { Label = "芳草园" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("138****5555");
        await page.GetByLabel("小区/院落").SelectOptionAsync(new SelectOptionValue { Label = "锦华苑" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.GetByTestId("resident-table")).ToContainTextAsync("138****5555");
        await page.GetByRole(AriaRole.Link, new() { Name = "钱独居" }).ClickAsync();
        await Expect(page.GetByText("独居", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("走访情况").FillAsync("老人精神好，腿脚不便，需要助浴");
        await page.Locator("#visit-followup").FillAsync("联系助浴服务");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录走访" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(page.GetByTestId("visit-table")).ToContainTextAsync("需要助浴");

        // The overdue list has shrunk by one.
        await page.GetByRole(AriaRole.Link, new() { Name = "关爱服务" }).ClickAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("钱独居");
    }

    private static async Task UploadAsync(IPage page, byte[] sheet)
    {
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload { Name = "居民.xlsx", MimeType = "application/octet-stream", Buffer = sheet });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
    }
}
