using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// 先收集问题，后集中回应 (seed 002 case 3's lecture hall): a resident sends and supports questions on a phone before
/// a forum, staff merge them into a topic and answer it; then a resolution with its action items, the lecture hall's
/// overdue item closed, and the community's public page showing the follow-up.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeliberationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_resident_asks_and_supports_on_a_phone_and_staff_merge_and_answer_the_questions()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/meetings");
        var form = page.GetByTestId("new-meeting");
        await form.GetByLabel("会议类型").SelectOptionAsync(new SelectOptionValue { Label = "业主大讲堂" });
        await form.GetByLabel("会议名称").FillAsync("业主大讲堂：停车费怎么收怎么用");
        await form.GetByLabel("时间").FillAsync(DateTime.UtcNow.AddHours(8).Date.AddDays(2).AddHours(19).ToString("yyyy-MM-ddTHH:mm"));
        await form.GetByLabel("地点").FillAsync("青桐社区文明大客厅");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("业主大讲堂：停车费怎么收怎么用");
        var meeting = page.Url.Split('/')[^1];
        var slip = page.GetByTestId("paper-slip");
        await slip.GetByLabel("内容").FillAsync("停车费收了以后用在哪里？");
        await slip.GetByRole(AriaRole.Button, new() { Name = "录入" }).ClickAsync();
        await Expect(page.GetByTestId("questions-table")).ToContainTextAsync("停车费收了以后用在哪里？");

        // 刘建国 on his phone: the portal's home invites his questions; he supports the slip and sends his own.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GotoAsync("/portal");
        await phone.GetByTestId("portal-notes").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^业主大讲堂：停车费怎么收怎么用") }).ClickAsync();
        await phone.GetByTestId("portal-questions").GetByRole(AriaRole.Button, new() { Name = "支持：停车费收了以后用在哪里？" }).ClickAsync();
        await Expect(phone.GetByTestId("portal-questions")).ToContainTextAsync("已支持 · 1");
        await phone.GetByLabel("建议").CheckAsync();
        await phone.GetByLabel("内容").FillAsync("每月把停车费收支贴在院门口。");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Expect(phone.GetByTestId("question-sent")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("portal-questions")).ToContainTextAsync("每月把停车费收支贴在院门口。");
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the meeting is {scroll}px wide on a 375px phone");

        // Staff merge both into one topic (one supporter) and answer it together.
        await page.ReloadAsync();
        var questions = page.GetByTestId("questions-table");
        await Expect(questions.Locator("tbody tr").First).ToContainTextAsync("停车费收了以后用在哪里？");
        await questions.GetByLabel("停车费收了以后用在哪里？").CheckAsync();
        await questions.GetByLabel("每月把停车费收支贴在院门口。").CheckAsync();
        await page.GetByLabel("议题名称").FillAsync("停车费的收支公开");
        await page.GetByRole(AriaRole.Button, new() { Name = "合并为议题" }).ClickAsync();
        var topic = page.GetByTestId("topics").Locator("li").First;
        await Expect(topic).ToContainTextAsync("停车费的收支公开");
        await Expect(topic).ToContainTextAsync("关注 1 · 待回应");
        await topic.GetByText("回应", new() { Exact = true }).ClickAsync();
        await topic.GetByLabel("回应", new() { Exact = true }).FillAsync("停车自管小组每月在院门口和线上公示每一笔收支。");
        await topic.GetByLabel("回应单位及人员").FillAsync("青桐社区居委会");
        await topic.GetByRole(AriaRole.Button, new() { Name = "保存回应" }).ClickAsync();
        await Expect(page.GetByTestId("topics").Locator("li").First).ToContainTextAsync("已回应");

        await phone.GotoAsync($"/portal/meetings/{meeting}");
        await Expect(phone.GetByTestId("answers")).ToContainTextAsync("青桐社区居委会：停车自管小组每月在院门口和线上公示每一笔收支。");
    }

    [Fact]
    public async Task Staff_record_a_resolution_with_an_action_item_close_an_overdue_one_and_the_public_page_shows_the_follow_up()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "jinhua", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/meetings?overdue=true");
        var overdue = page.GetByTestId("actions-table");
        await Expect(overdue).ToContainTextAsync("每月在公告栏和业主群公示维修进展");
        await Expect(overdue).ToContainTextAsync("超期");
        await overdue.GetByRole(AriaRole.Link, new() { Name = "每月在公告栏和业主群公示维修进展" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("业主大讲堂：住宅专项维修资金应急使用");
        // The lecture hall's eighteen items, the seed's four topics on top.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "问题和建议（建议 7 条，问题 11 条）" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("topics").Locator("li").Nth(3)).ToContainTextAsync("外墙“补疤”十分难看");

        var form = page.GetByTestId("new-resolution");
        await page.GetByText("记录决议").ClickAsync();
        await form.GetByLabel("决议内容").FillAsync("外墙修补暂停，统一颜色方案经业主看过效果图后再实施。");
        await form.GetByRole(AriaRole.Button, new() { Name = "记录" }).ClickAsync();
        var resolution = page.GetByTestId("resolution").Filter(new() { HasText = "外墙修补暂停" });
        await Expect(resolution).ToContainTextAsync("协商一致 · 已公示");
        await resolution.GetByText("添加落实事项").ClickAsync();
        await resolution.GetByLabel("事项").FillAsync("出具外墙修补效果图并征求业主意见");
        await resolution.GetByLabel("责任单位/人").FillAsync("锦华苑业委会");
        await resolution.GetByLabel("完成时限").FillAsync(DateTime.UtcNow.AddHours(8).AddDays(30).ToString("yyyy-MM-dd"));
        await resolution.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Expect(page.GetByTestId("resolution").Filter(new() { HasText = "外墙修补暂停" }).GetByTestId("actions")).ToContainTextAsync("出具外墙修补效果图并征求业主意见");

        // The overdue publicity item is done: it leaves the overdue list.
        var row = page.Locator("tr", new() { HasText = "每月在公告栏和业主群公示维修进展" });
        await row.GetByText("更新进度").ClickAsync();
        await row.GetByLabel("进度").SelectOptionAsync(new SelectOptionValue { Label = "已完成" });
        await row.GetByLabel("进展说明（受阻时写原因）").FillAsync("公告栏与业主群均已公示");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.Locator("tr", new() { HasText = "每月在公告栏和业主群公示维修进展" })).ToContainTextAsync("已完成 · 100%");
        await page.GotoAsync("/console/meetings?overdue=true");
        await Expect(page.GetByTestId("actions-table")).Not.ToContainTextAsync("每月在公告栏和业主群公示维修进展");

        await page.GotoAsync("/console/meetings");
        await page.GetByTestId("meetings-table").GetByRole(AriaRole.Link, new() { Name = "业主大讲堂：住宅专项维修资金应急使用" }).ClickAsync();
        // The same meeting on a worker's phone: tables scroll inside their frames, the page itself does not.
        var workerPhone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(workerPhone, "jinhua", LinliProcess.DemoPassword);
        await workerPhone.GotoAsync(page.Url);
        await Expect(workerPhone.GetByTestId("minutes-status")).ToHaveTextAsync("已公开");
        var consoleWidth = await workerPhone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(consoleWidth <= 375, $"the console's meeting page is {consoleWidth}px wide on a 375px phone");
        var publicUrl = await page.GetByRole(AriaRole.Link, new() { Name = "公开页面" }).GetAttributeAsync("href");
        var notice = await fixture.NewPageAsync(width: 375, height: 740);
        await notice.GotoAsync(publicUrl!);
        var published = notice.GetByTestId("public-resolution").Filter(new() { HasText = "外墙修补暂停" });
        await Expect(published).ToContainTextAsync("出具外墙修补效果图并征求业主意见");
        await Expect(published).ToContainTextAsync("计划中 · 0%");
        await Expect(notice.GetByTestId("public-resolution").Filter(new() { HasText = "信息公开透明" })).ToContainTextAsync("已完成 · 100%");
        await Expect(notice.Locator("body")).Not.ToContainTextAsync("锦华苑业委会");
        var scroll = await notice.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the public page is {scroll}px wide on a 375px phone");
    }
}
