using Linli.Web.Platform.Exports;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ImportTests(BrowserFixture fixture)
{
    private static readonly string[] Headers = ["小区", "院落", "楼栋", "单元", "房号", "专有部分面积（㎡）"];

    [Fact]
    public async Task Community_staff_import_units_from_excel_and_see_each_bad_row_explained()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/regions");
        await page.GetByRole(AriaRole.Link, new() { Name = "青桐社区" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "从 Excel 导入房屋" }).ClickAsync();

        var bad = Xlsx.Write("房屋", Headers, [["青桐新院", "", "", "", "101", 50m], ["青桐新院", "", "1栋", "", "102", "很大"]]);
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload { Name = "bad.xlsx", MimeType = "application/octet-stream", Buffer = bad });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("发现 2 处错误，未导入任何数据");
        await Expect(page.GetByTestId("import-errors")).ToContainTextAsync("很大");

        var good = Xlsx.Write("房屋", Headers, [["青桐新院", "", "1栋", "", "101", 50.5m], ["青桐新院", "", "1栋", "", "102", 61.25m]]);
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload { Name = "good.xlsx", MimeType = "application/octet-stream", Buffer = good });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("导入完成：新建区域 2 个，房屋 2 套。");

        await page.GotoAsync("/console/regions");
        await page.GetByRole(AriaRole.Link, new() { Name = "青桐社区" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "青桐新院" })).ToBeVisibleAsync();
    }
}
