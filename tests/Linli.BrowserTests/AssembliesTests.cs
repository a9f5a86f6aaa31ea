using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// Owners deciding together, as 燃灯寺北街63号 did: staff prepare and open an assembly, a volunteer goes door to door
/// with the list on a phone and enters the ballot, the count is signed off and published for the compound; a resident votes in a contest on his phone
/// until the day's votes are used up.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssembliesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Staff_open_an_assembly_a_volunteer_enters_a_ballot_door_to_door_and_the_count_shows_it()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/assemblies");
        await Expect(page.GetByTestId("assemblies-table")).ToContainTextAsync("第一次业主大会（选举业主委员会）");

        var china = DateTime.UtcNow.AddHours(8);
        await page.GetByLabel("小区").SelectOptionAsync(new SelectOptionValue { Label = "燃灯寺北街63号" });
        await page.GetByLabel("名称").FillAsync("燃灯寺北街63号续聘物业表决");
        await page.GetByLabel("公告日期").FillAsync(china.AddDays(-20).ToString("yyyy-MM-dd"));
        await page.GetByLabel("表决开始").FillAsync(china.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("表决截止").FillAsync(china.AddDays(7).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("表决事项 1").FillAsync("续聘物业服务企业");
        await page.Locator("#matter-0").SelectOptionAsync(new SelectOptionValue { Label = "选聘和解聘物业服务企业或者其他管理人" });
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("燃灯寺北街63号续聘物业表决");
        await Expect(page.GetByTestId("assembly-status")).ToHaveTextAsync("筹备中");

        await page.GetByTestId("open-assembly").ClickAsync();
        await Expect(page.GetByTestId("assembly-status")).ToHaveTextAsync("表决中");
        await Expect(page.GetByTestId("participation")).ToContainTextAsync("已表决业主 0 / 133 人");
        var assembly = page.Url.Split('/')[^1];

        // The volunteers' leader on a phone, evening round: the list of owners still to vote, flat by flat.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "zuzhang", LinliProcess.DemoPassword);
        await phone.GotoAsync($"/console/assemblies/{assembly}/doors");
        await Expect(phone.GetByTestId("pending-count")).ToHaveTextAsync("尚未表决 133 户");
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the list is {scroll}px wide on a 375px phone");
        // The first door does not open tonight: the knock is kept, the owner stays on the list.
        await phone.GetByTestId("door-list").Locator("li").First.GetByRole(AriaRole.Button, new() { Name = "不在家" }).ClickAsync();
        await Expect(phone.GetByTestId("door-list").Locator("li").First.GetByTestId("last-attempt")).ToContainTextAsync("上次入户：不在家");
        await phone.GetByTestId("door-list").GetByRole(AriaRole.Link, new() { Name = "录入表决票" }).Nth(1).ClickAsync();
        await phone.GetByLabel("投票方式").SelectOptionAsync(new SelectOptionValue { Label = "入户征集" });
        await phone.GetByLabel("同意").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "保存表决票" }).ClickAsync();
        await Expect(phone.GetByTestId("ballot-receipt")).ToContainTextAsync("已录入，回执号");
        await phone.GotoAsync($"/console/assemblies/{assembly}/doors");
        await Expect(phone.GetByTestId("pending-count")).ToHaveTextAsync("尚未表决 132 户");

        await page.ReloadAsync();
        await Expect(page.GetByTestId("participation")).ToContainTextAsync("已表决业主 1 / 133 人");
        await Expect(page.GetByTestId("result-table")).ToContainTextAsync("续聘物业服务企业");
        await Expect(page.GetByTestId("result-table").Locator("tbody tr").First.Locator("td").Nth(2)).ToContainTextAsync("1 人");

        // Closed, counted before the supervisors, signed off and put on display for the compound.
        await page.GetByRole(AriaRole.Button, new() { Name = "结束表决" }).ClickAsync();
        await Expect(page.GetByTestId("assembly-status")).ToHaveTextAsync("已结束");
        await page.GetByLabel("计票人").FillAsync("学生志愿者 小李、小王");
        await page.GetByLabel("唱票人").FillAsync("筹备组 罗琼英");
        await page.GetByLabel("监督人（居务监督委员会、廉情监督员）").FillAsync("居务监督委员会 周委员");
        await page.GetByRole(AriaRole.Button, new() { Name = "计票签字" }).ClickAsync();
        await Expect(page.GetByTestId("count-signed")).ToContainTextAsync("签字确认");
        await page.GetByRole(AriaRole.Button, new() { Name = "公示结果" }).ClickAsync();
        await Expect(page.GetByTestId("count-published")).ToContainTextAsync("公示至");

        var notice = await fixture.NewPageAsync(width: 375, height: 740);
        await notice.GotoAsync($"/p/assemblies/{assembly}");
        await Expect(notice.GetByTestId("public-assembly")).ToHaveTextAsync("燃灯寺北街63号 · 燃灯寺北街63号续聘物业表决");
        await Expect(notice.GetByTestId("public-participation")).ToContainTextAsync("已表决业主 1 / 133 人");
        await Expect(notice.GetByTestId("public-items")).ToContainTextAsync("续聘物业服务企业：未通过");
    }

    [Fact]
    public async Task Staff_see_the_compounds_founding_documents_and_switch_the_non_voters_rule_on_only_with_the_covenants_clause()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/assemblies");
        await page.GetByTestId("assemblies-table").GetByRole(AriaRole.Link, new() { Name = "燃灯寺北街63号", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("燃灯寺北街63号 · 业主组织");
        var documents = page.GetByTestId("founding-documents");
        await Expect(documents.Locator("li")).ToHaveCountAsync(3);
        await Expect(documents).ToContainTextAsync("业主大会议事规则 · 第 1 版");
        await Expect(documents).ToContainTextAsync("业主委员会工作规则 · 第 1 版");
        await Expect(page.GetByTestId("compound-rules")).ToContainTextAsync("未参与表决的业主不计入（默认）");

        await page.GetByLabel("未参与表决的业主计入已表决的多数票").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存规则（下次开启表决时生效）" }).ClickAsync();
        await Expect(page.Locator("[data-field=covenantClause]")).ToHaveTextAsync("开启“未参与表决的计入多数票”须录入管理规约中的相应条款原文。");
        await page.GetByLabel("未参与表决的业主计入已表决的多数票").CheckAsync();
        await page.GetByLabel("管理规约相应条款原文").FillAsync("第二十条 业主未参与表决的，视为同意已表决业主中多数人的意见。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存规则（下次开启表决时生效）" }).ClickAsync();
        await Expect(page.GetByTestId("compound-rules")).ToContainTextAsync("「第二十条 业主未参与表决的，视为同意已表决业主中多数人的意见。」");

        // The first committee, recorded once the result is in, then filed with the street office.
        await page.GetByText("登记一届业主委员会").First.ClickAsync();
        var form = page.GetByTestId("new-term");
        await form.GetByLabel("任期开始").FillAsync("2026-12-01");
        await form.GetByLabel("任期届满").FillAsync("2031-11-30");
        await form.GetByLabel("成员 1").FillAsync("罗琼英");
        await form.GetByLabel("成员 2").FillAsync("高明远");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记一届业主委员会" }).ClickAsync();
        var term = page.GetByTestId("committee-term");
        await Expect(term).ToContainTextAsync("罗琼英（主任）、高明远（委员）");
        await term.GetByLabel("备案日期").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"));
        await term.GetByLabel("备案机关").FillAsync("七道堰街道办事处");
        await term.GetByRole(AriaRole.Button, new() { Name = "登记备案" }).ClickAsync();
        await Expect(page.GetByTestId("term-filing")).ToContainTextAsync("已向七道堰街道办事处备案");

        // Back to the default, so the demo stays as seeded for the other tests.
        await page.GetByLabel("未参与表决的业主计入已表决的多数票").UncheckAsync();
        await page.GetByLabel("管理规约相应条款原文").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存规则（下次开启表决时生效）" }).ClickAsync();
        await Expect(page.GetByTestId("compound-rules")).ToContainTextAsync("未参与表决的业主不计入（默认）");
    }

    [Fact]
    public async Task An_owner_votes_in_the_election_on_his_phone_and_anyone_can_check_his_receipt()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GotoAsync("/portal");
        await phone.GetByTestId("portal-notes").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^第一次业主大会（选举业主委员会）正在表决") })
            .ClickAsync();
        var ballot = phone.GetByTestId("own-ballot");
        await Expect(ballot.Locator("fieldset")).ToHaveCountAsync(5);
        for (var i = 0; i < 4; i++) await ballot.Locator("fieldset").Nth(i).GetByLabel("同意").CheckAsync();
        await ballot.Locator("fieldset").Nth(4).GetByLabel("弃权").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交表决票" }).ClickAsync();

        await Expect(phone.GetByTestId("own-receipt")).ToContainTextAsync("您的表决票已计入（线上");
        var receipt = (await phone.GetByTestId("own-receipt").Locator(".mono").TextContentAsync())!.Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{10}$", receipt);
        var assembly = phone.Url.Split('/')[^1];
        var check = await phone.APIRequest.GetAsync($"/api/v1/public/assemblies/{assembly}/receipts/{receipt}");
        Assert.Equal(200, check.Status);
        Assert.Contains("\"channel\":\"Online\"", await check.TextAsync());
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the ballot page is {scroll}px wide on a 375px phone");
    }

    [Fact]
    public async Task A_resident_votes_in_the_balcony_contest_on_his_phone_until_the_days_votes_are_used()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GotoAsync("/portal");
        await phone.GetByRole(AriaRole.Link, new() { Name = "评选投票" }).ClickAsync();
        await phone.GetByTestId("portal-contests").GetByRole(AriaRole.Link, new() { Name = "青桐最美阳台评选" }).ClickAsync();
        await Expect(phone.GetByTestId("contest-rule")).ToHaveTextAsync("每人每天可投 3 票，同一作品每天只能投一票。");

        async Task VoteForAsync(string title) =>
            await phone.GetByTestId("contest-entries").Locator("li", new() { HasText = title }).GetByTestId("vote").ClickAsync();
        await VoteForAsync("郑国庆家的葡萄架");
        await Expect(phone.GetByTestId("vote-done")).ToHaveTextAsync("投票成功！今天还可以投 2 票。");
        await VoteForAsync("郑国庆家的葡萄架");
        await Expect(phone.GetByTestId("vote-refused")).ToHaveTextAsync("今天已经为这个作品投过票了，明天再来吧。");
        await VoteForAsync("何素珍家的兰花阳台");
        await VoteForAsync("周文华家的多肉阳台");
        await Expect(phone.GetByTestId("vote-done")).ToHaveTextAsync("投票成功！今天还可以投 0 票。");
        await VoteForAsync("王秀英家的月季阳台");
        await Expect(phone.GetByTestId("vote-refused")).ToHaveTextAsync("每人每天最多投 3 票，今天的票已经投完了。");

        var button = await phone.GetByTestId("vote").First.BoundingBoxAsync();
        Assert.True(button!.Height >= 44, $"the vote button is {button.Height}px tall");
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the contest page is {scroll}px wide on a 375px phone");
    }
}
