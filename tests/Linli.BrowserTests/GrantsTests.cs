using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// A micro-grant from application to monthly report in the demo district: 朗力社工中心 applies with 青桐社区, the
/// community endorses, two reviewers score, the district awards, the community holds an activity in the project and
/// checks people in, the monthly report's person-times are those check-ins, and the foundation returns it with a comment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GrantsTests(BrowserFixture fixture)
{
    private static DateTime ChinaToday => DateTime.UtcNow.AddHours(8).Date;

    [Fact]
    public async Task An_organization_applies_with_the_community_reviewers_score_an_award_and_the_report_counts_the_check_ins()
    {
        var district = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(district, "wuhou", LinliProcess.DemoPassword);
        await district.GotoAsync("/console/grants");
        await district.GetByText("新建创投批次").First.ClickAsync();
        var newProgram = district.GetByTestId("new-program");
        await newProgram.GetByLabel("创投批次").FillAsync("青桐微项目（浏览器测试）");
        await newProgram.GetByLabel("总预算（元）").FillAsync("100000");
        await newProgram.GetByLabel("类别（用顿号分隔）").FillAsync("邻里关系营造、志愿服务");
        await newProgram.GetByRole(AriaRole.Button, new() { Name = "新建创投批次" }).ClickAsync();
        await Expect(district.Locator("h1")).ToHaveTextAsync("青桐微项目（浏览器测试）");
        var programUrl = district.Url;

        var organization = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(organization, "langli", LinliProcess.DemoPassword);
        await Expect(organization).ToHaveURLAsync(new Regex("/console/grants$"));
        await organization.GotoAsync(programUrl);
        await organization.GetByText("联合申报").First.ClickAsync();
        var apply = organization.GetByTestId("apply");
        await apply.GetByLabel("申报项目").FillAsync("青桐院落茶话会");
        await apply.GetByLabel("社区", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "青桐社区" });
        await apply.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "邻里关系营造" });
        await apply.GetByLabel("申请金额（元）").FillAsync("30000");
        await apply.GetByLabel("目标服务场次").FillAsync("2");
        await apply.GetByLabel("目标服务人次").FillAsync("10");
        await apply.GetByRole(AriaRole.Button, new() { Name = "联合申报" }).ClickAsync();
        await Expect(organization.GetByTestId("application-facts")).ToContainTextAsync("待社区确认");
        var applicationUrl = organization.Url;

        var community = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(community, "qingtong", LinliProcess.DemoPassword);
        await community.GotoAsync(applicationUrl);
        await community.GetByTestId("endorse").GetByRole(AriaRole.Button, new() { Name = "社区确认联合申报" }).ClickAsync();
        await Expect(community.GetByTestId("application-facts")).ToContainTextAsync("社区已确认（qingtong）");

        foreach (var (reviewer, score) in new[] { ("wuhou", "88"), ("jijinhui", "92") })
        {
            var page = await fixture.NewPageAsync();
            await SignInPage.SignInAsync(page, reviewer, LinliProcess.DemoPassword);
            await page.GotoAsync(applicationUrl);
            await page.GetByTestId("review").GetByLabel("评分（0–100）").FillAsync(score);
            await page.GetByTestId("review").GetByRole(AriaRole.Button, new() { Name = "提交评审" }).ClickAsync();
            await Expect(page.GetByTestId("reviews")).ToContainTextAsync($"{reviewer}：{score}");
        }

        var starts = new DateTime(ChinaToday.Year, ChinaToday.Month, 1).AddMonths(-2);
        await district.GotoAsync(applicationUrl);
        var award = district.GetByTestId("award");
        await award.GetByLabel("开始日期").FillAsync(starts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await award.GetByRole(AriaRole.Button, new() { Name = "立项" }).ClickAsync();
        await Expect(district.Locator("h1")).ToHaveTextAsync("青桐院落茶话会");
        var projectUrl = district.Url;

        // Held last month and typed in from the paper sheet: two people came.
        var heldOn = starts.AddMonths(1).AddDays(14);
        await community.GotoAsync(projectUrl);
        await community.GetByTestId("new-activity").ClickAsync();
        await Expect(community.GetByTestId("in-project")).ToBeVisibleAsync();
        await community.GetByLabel("活动名称").FillAsync("院落茶话会");
        await community.GetByLabel("开始时间").FillAsync(heldOn.AddHours(14).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await community.GetByLabel("结束时间").FillAsync(heldOn.AddHours(16).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await community.GetByLabel("名额").FillAsync("20");
        await community.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(community.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        foreach (var name in new[] { "王秀英", "李桂兰" })
        {
            await community.GetByLabel("查找").FillAsync(name);
            await community.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            var candidate = community.GetByTestId("candidates").Locator("li", new() { HasText = name });
            await candidate.GetByLabel("补签原因").FillAsync("纸质签到表补录");
            await candidate.GetByRole(AriaRole.Button, new() { Name = "签到" }).ClickAsync();
            await Expect(community.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        }

        await community.GotoAsync(projectUrl);
        await Expect(community.GetByTestId("project-figures").Locator("[data-figure=person-times]")).ToContainTextAsync("2");
        var report = community.GetByTestId("submit-report");
        await report.GetByLabel("月份").SelectOptionAsync(new SelectOptionValue { Label = heldOn.ToString("yyyy-MM", CultureInfo.InvariantCulture) });
        await report.GetByLabel("本月进展、问题与下月计划").FillAsync("在1号院举办茶话会，两位独居老人参加。");
        await report.GetByRole(AriaRole.Button, new() { Name = "提交月报" }).ClickAsync();
        await Expect(community.GetByTestId("report-figures").Locator("[data-figure=person-times]")).ToHaveTextAsync("2");
        await Expect(community.GetByTestId("report-figures").Locator("[data-figure=services]")).ToHaveTextAsync("1");
        var reportUrl = community.Url;

        var foundation = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(foundation, "jijinhui", LinliProcess.DemoPassword);
        await foundation.GotoAsync(reportUrl);
        await foundation.GetByTestId("review-report").GetByLabel("意见").FillAsync("请补充活动照片。");
        await foundation.GetByTestId("review-report").GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Expect(foundation.GetByTestId("report-status")).ToContainTextAsync("已退回");
        await community.GotoAsync(reportUrl);
        await Expect(community.GetByTestId("review-comment")).ToContainTextAsync("请补充活动照片。");
        await Expect(community.GetByTestId("resubmit")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_organization_writes_its_case_the_district_chooses_it_and_the_book_opens_in_LibreOffice()
    {
        var organization = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(organization, "langli", LinliProcess.DemoPassword);
        await organization.GotoAsync("/console/grants/projects");
        await organization.GetByTestId("projects").GetByRole(AriaRole.Link).First.ClickAsync();
        var projectTitle = await organization.Locator("h1").TextContentAsync();
        await organization.GetByTestId("case-link").ClickAsync();
        var form = organization.GetByTestId("case-form");
        await form.GetByLabel("项目背景").FillAsync("小区志愿者少，老人多。");
        await form.GetByLabel("服务故事").FillAsync("刘奶奶成了楼栋里的志愿者。");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存案例" }).ClickAsync();
        await Expect(organization.Locator("[data-field=storyConsent]")).ToHaveTextAsync("写入服务对象的故事，须注明其本人（或监护人）如何同意。");
        await Expect(form.GetByLabel("服务故事")).ToHaveValueAsync("刘奶奶成了楼栋里的志愿者。");
        await form.GetByLabel("故事当事人同意方式（如：本人签署知情同意书）").FillAsync("本人签署知情同意书");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存案例" }).ClickAsync();
        await Expect(organization.Locator("[data-field=storyConsent]")).ToHaveCountAsync(0);
        var caseUrl = organization.Url;

        var district = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(district, "wuhou", LinliProcess.DemoPassword);
        await district.GotoAsync(caseUrl);
        await Expect(district.GetByText("刘奶奶成了楼栋里的志愿者。")).ToBeVisibleAsync();
        await district.GetByTestId("case-select").ClickAsync();
        await Expect(district.GetByTestId("case-selected")).ToHaveTextAsync("已选入案例集");

        await district.GotoAsync("/console/grants");
        await district.GetByRole(AriaRole.Link, new() { Name = "武侯区2019年第二批社区发展治理公益创投项目" }).ClickAsync();
        var casebook = district.GetByTestId("casebook");
        await Expect(casebook.Locator("li")).ToHaveCountAsync(5);
        await Expect(casebook).ToContainTextAsync(projectTitle!);
        var download = await district.RunAndWaitForDownloadAsync(() => district.GetByTestId("casebook-download").ClickAsync());
        Assert.Equal("武侯区2019年第二批社区发展治理公益创投项目-优秀案例集.docx", download.SuggestedFilename);
        var text = System.Text.Encoding.UTF8.GetString(await Linli.Tests.Infrastructure.LibreOffice.ConvertAsync(
            await File.ReadAllBytesAsync(await download.PathAsync()), "casebook.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains("案例1　新南路社区：医居共建健康小屋", text);
        Assert.Contains("健康小屋建成，每周三义诊", text);
        Assert.Contains("刘奶奶成了楼栋里的志愿者。", text);
        Assert.Matches(new Regex(@"服务人次\n[0-9,]+ 人次（签到记录）"), text);
    }

    [Fact]
    public async Task The_third_party_evaluates_a_project_beside_its_computed_participation_rate_and_cannot_open_the_register()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "pinggu", LinliProcess.DemoPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/console/grants$"));
        await page.GotoAsync("/console/grants/projects");
        // The nine cases come first and were evaluated by the demo; the tenth project waits for its evaluation.
        await page.GetByTestId("projects").Locator("tbody tr").Nth(9).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByTestId("evaluation-link").ClickAsync();
        await Expect(page.GetByTestId("eval-final")).ToContainTextAsync("群众参与率 = 服务人数");
        await Expect(page.GetByTestId("eval-final")).ToContainTextAsync("尚未进行第三方评估。");
        var form = page.GetByTestId("final-evaluation");
        await form.GetByLabel("问卷份数").FillAsync("40");
        await form.GetByLabel("满意度（0–100）").FillAsync("91.5");
        await form.GetByLabel("影响力（0–100）").FillAsync("120");
        await form.GetByLabel("评估结论").FillAsync("居民认可度高。");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交第三方评估" }).ClickAsync();
        await Expect(page.Locator("[data-field=influence]")).ToHaveTextAsync("请填写 0–100 之间的分数。");
        await form.GetByLabel("影响力（0–100）").FillAsync("80");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交第三方评估" }).ClickAsync();
        await Expect(page.GetByTestId("eval-final")).ToContainTextAsync("满意度 91.5 分（问卷 40 份）；影响力 80 分");

        await page.GotoAsync("/console/residents");
        await Expect(page).ToHaveURLAsync(new Regex("/denied"));
    }
}
