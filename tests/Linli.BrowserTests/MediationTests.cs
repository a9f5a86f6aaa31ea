using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The social worker on her phone: the workbench says a follow-up is due (the demo's rooster); she opens a new case,
/// drafts a persuasion letter with the resident (refused without its text), records the outcome and, at the
/// follow-up, closes it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MediationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_worker_opens_a_case_drafts_the_letter_with_the_resident_and_closes_it_at_the_follow_up_on_a_phone()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(page, "shegong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console");
        await page.GetByTestId("workbench").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^\d+ 个调解个案待回访") }).ClickAsync();
        await Expect(page.GetByTestId("mediation-cases")).ToContainTextAsync("宠物与家禽");
        await Expect(page.GetByTestId("mediation-cases")).Not.ToContainTextAsync("彭女士");

        await page.GetByText("登记调解").ClickAsync();
        var open = page.GetByTestId("new-mediation");
        await open.GetByLabel("矛盾类别").SelectOptionAsync(new SelectOptionValue { Label = "噪音" });
        await open.GetByLabel("来源").SelectOptionAsync(new SelectOptionValue { Label = "电话" });
        await open.GetByLabel("反映人", new() { Exact = true }).FillAsync("孙阿姨（2栋）");
        await open.GetByLabel("事情经过").FillAsync("楼上每晚十二点后还在拖动家具。");
        await open.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.GetByTestId("mediation-parties")).ToContainTextAsync("孙阿姨（2栋）");
        await Expect(page.GetByTestId("mediation-parties")).ToContainTextAsync("暂不清楚是谁");

        var step = page.GetByTestId("new-step");
        await step.GetByLabel("做了什么").SelectOptionAsync(new SelectOptionValue { Label = "一起拟写劝导函" });
        await step.GetByLabel("说明").FillAsync("和孙阿姨一起拟劝导函。");
        await step.GetByRole(AriaRole.Button, new() { Name = "记一步" }).ClickAsync();
        await Expect(page.Locator("[data-field=letter]")).ToHaveTextAsync("此项必填。");
        step = page.GetByTestId("new-step");
        await step.GetByLabel("做了什么").SelectOptionAsync(new SelectOptionValue { Label = "一起拟写劝导函" });
        await step.GetByLabel("说明").FillAsync("和孙阿姨一起拟劝导函。");
        await step.GetByLabel("劝导函内容（拟写劝导函时填写）").FillAsync("亲爱的邻居：夜里十二点后请轻挪家具，谢谢！");
        await step.GetByRole(AriaRole.Button, new() { Name = "记一步" }).ClickAsync();
        var steps = page.GetByTestId("mediation-steps");
        await Expect(steps).ToContainTextAsync("夜里十二点后请轻挪家具");
        await Expect(steps.GetByRole(AriaRole.Link, new() { Name = "打印劝导函（Word）" })).ToBeVisibleAsync();

        await page.GetByText("记录结果").First.ClickAsync();
        var outcome = page.GetByTestId("outcome");
        await outcome.GetByLabel("结果").SelectOptionAsync(new SelectOptionValue { Label = "已化解" });
        await outcome.GetByLabel("说明").FillAsync("楼上住户道歉，晚上不再挪动家具。");
        await outcome.GetByRole(AriaRole.Button, new() { Name = "记录结果" }).ClickAsync();
        await Expect(page.GetByTestId("mediation-status")).ToHaveTextAsync("待回访");

        await page.GetByTestId("check").GetByRole(AriaRole.Textbox).FillAsync("回访：夜里安静了。");
        await page.GetByTestId("check").GetByRole(AriaRole.Button, new() { Name = "已解决，结案" }).ClickAsync();
        await Expect(page.GetByTestId("mediation-status")).ToHaveTextAsync("已结案");
        await Expect(page.GetByTestId("mediation-check")).ToContainTextAsync("问题没有再出现，已结案");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the case is {width}px wide on a 375px phone");
    }
}
