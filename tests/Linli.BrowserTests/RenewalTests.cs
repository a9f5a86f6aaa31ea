using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The courtyard garden (菊园's way), waiting on the workbench, past its design coordination meeting: the step is refused until the meeting is
/// recorded, a design adopted and the plan listed; then the public page on a phone shows step 7 and the adopted design.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RenewalTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_pass_the_design_coordination_gate_and_the_public_page_shows_the_adopted_design_on_a_phone()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console");
        await page.GetByTestId("workbench").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^\d+ 个微更新项目的关口会议待登记") }).ClickAsync();
        await page.GetByTestId("renewal-projects").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^1号院闲置地块共享花园") }).ClickAsync();
        await Expect(page.GetByTestId("renewal-poll")).ToContainTextAsync("征询中");

        var next = page.GetByTestId("next-step");
        await next.GetByRole(AriaRole.Button, new() { Name = "进入下一步：改造实施" }).ClickAsync();
        await Expect(page.Locator("[data-field=renewal]")).ToHaveTextAsync("进入改造实施前，须先召开设计方案协调会、选定方案并列出实施事项。");

        var coordination = page.GetByTestId("renewal-meetings").Locator("li", new() { HasText = "设计方案协调会" });
        await coordination.GetByLabel("会议时间").FillAsync(DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-ddT19:00"));
        await coordination.GetByLabel("会议地点").FillAsync("1号院院坝");
        await coordination.GetByRole(AriaRole.Button, new() { Name = "登记会议" }).ClickAsync();
        await Expect(page.GetByTestId("renewal-meetings").Locator("li", new() { HasText = "设计方案协调会" })).ToContainTextAsync("已召开");

        var adopt = page.GetByTestId("adopt");
        await adopt.GetByLabel("选定").SelectOptionAsync(new SelectOptionValue { Label = "方案二：种植园" });
        await adopt.GetByLabel("理由").FillAsync("协调会上三方共商，住户愿意分块认养");
        await adopt.GetByRole(AriaRole.Button, new() { Name = "选定" }).ClickAsync();
        await Expect(page.GetByTestId("renewal-options").Locator("li", new() { HasText = "方案二：种植园" })).ToContainTextAsync("采用");
        await Expect(page.GetByTestId("renewal-poll")).ToContainTextAsync("已结束");

        await page.GetByLabel("事项", new() { Exact = true }).FillAsync("清理杂物、分块平整");
        await page.GetByLabel("负责方", new() { Exact = true }).FillAsync("1号院院委会");
        await page.GetByLabel("尺寸", new() { Exact = true }).FillAsync("约 20 m × 20 m");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加事项" }).ClickAsync();
        await Expect(page.GetByTestId("renewal-items")).ToContainTextAsync("约 20 m × 20 m");
        await page.GetByTestId("next-step").GetByRole(AriaRole.Button, new() { Name = "进入下一步：改造实施" }).ClickAsync();
        await Expect(page.GetByTestId("next-step").GetByRole(AriaRole.Button, new() { Name = "进入下一步：成果展示" })).ToBeVisibleAsync();
        var publicPage = await page.GetByRole(AriaRole.Link, new() { Name = "公开页面" }).GetAttributeAsync("href");

        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(publicPage!);
        var garden = phone.GetByTestId("public-renewal").Filter(new() { HasText = "1号院闲置地块共享花园" });
        await Expect(garden.GetByTestId("public-renewal-step")).ToHaveTextAsync("第 7 步：改造实施");
        await Expect(garden).ToContainTextAsync("方案二：种植园");
        await Expect(garden.GetByTestId("public-renewal-items")).ToContainTextAsync("清理杂物、分块平整");
        var lane = phone.GetByTestId("public-renewal").Filter(new() { HasText = "青桐老院巷道" });
        await Expect(lane.GetByTestId("public-renewal-pair").Locator("img")).ToHaveCountAsync(2);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the public page is {width}px wide on a 375px phone");
    }
}
