using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// Care in the demo's 青桐社区: the social worker opens a case from a home visit and asks to close it, her
/// supervisor signs the closing off, the assistant social worker sees only that the case exists; a resident asks on
/// the 365 line from a phone and rates the answer; a volunteer's urgent blood pressure lands on the follow-up list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CareTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_worker_opens_a_case_from_a_home_visit_the_supervisor_signs_off_its_closing_and_a_second_worker_cannot_open_it()
    {
        var worker = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(worker, "qtshegong", LinliProcess.DemoPassword);
        await worker.GotoAsync("/console/care");
        await worker.GetByText("开案", new() { Exact = true }).First.ClickAsync();
        var form = worker.GetByTestId("new-case");
        await form.GetByLabel("服务对象").FillAsync("王秀英");
        await form.GetByLabel("督导").SelectOptionAsync(new SelectOptionValue { Label = "青桐社区 李社工" });
        await form.GetByLabel("来源").SelectOptionAsync(new SelectOptionValue { Label = "入户走访" });
        await form.GetByLabel("主要问题").FillAsync("空巢独居，入户时说常常一整天没人说话。");
        await form.GetByRole(AriaRole.Button, new() { Name = "开案" }).ClickAsync();
        await Expect(worker.GetByTestId("case-facts")).ToContainTextAsync("入户走访 · 社工 青桐社区 社工 周老师 · 督导 青桐社区 李社工");
        var caseUrl = worker.Url;

        var session = worker.GetByTestId("new-session");
        await session.GetByLabel("内容").FillAsync("第二次入户，一起看老照片，约好每周三来。");
        await session.GetByRole(AriaRole.Button, new() { Name = "记录面谈" }).ClickAsync();
        await Expect(worker.GetByTestId("case-history")).ToContainTextAsync("一起看老照片");
        await worker.GetByText("申请结案").First.ClickAsync();
        var closing = worker.GetByTestId("closing");
        await closing.GetByLabel("结案原因").FillAsync("目标达成");
        await closing.GetByLabel("结案小结").FillAsync("每周三参加老年活动，和邻居结成对子。");
        await closing.GetByRole(AriaRole.Button, new() { Name = "申请结案" }).ClickAsync();
        await Expect(worker.GetByTestId("case-status")).ToHaveTextAsync("待督导审核结案");

        var supervisor = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(supervisor, "qingtong", LinliProcess.DemoPassword);
        await supervisor.GotoAsync("/console");
        await supervisor.GetByTestId("workbench").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\d+ 个个案结案待你审核") }).ClickAsync();
        await supervisor.GotoAsync(caseUrl);
        await supervisor.GetByTestId("approve-closing").GetByRole(AriaRole.Button, new() { Name = "同意结案" }).ClickAsync();
        await Expect(supervisor.GetByTestId("case-status")).ToHaveTextAsync("已结案");
        await Expect(supervisor.GetByTestId("case-reads")).ToContainTextAsync("qtshegong · case · worker");

        var assistant = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(assistant, "qtzhuli", LinliProcess.DemoPassword);
        await assistant.GotoAsync("/console/care");
        var row = assistant.Locator($"[data-case=\"{caseUrl.Split('/')[^1]}\"]");
        await Expect(row).ToContainTextAsync("（非本人负责，不可查看）");
        await Expect(row).ToContainTextAsync("青桐社区 社工 周老师");
        await Expect(assistant.GetByTestId("cases")).Not.ToContainTextAsync("王秀英");
        await assistant.GotoAsync(caseUrl);
        await Expect(assistant.GetByTestId("case-forbidden")).ToBeVisibleAsync();
        await Expect(assistant.Locator("main")).Not.ToContainTextAsync("一起看老照片");
    }

    [Fact]
    public async Task A_resident_asks_on_a_phone_and_rates_the_answer()
    {
        var resident = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(resident, "jumin", LinliProcess.DemoPassword);
        await resident.GotoAsync("/portal");
        await resident.GetByRole(AriaRole.Link, new() { Name = "365在线服务：我有诉求" }).ClickAsync();
        var ask = resident.GetByTestId("new-request");
        await ask.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "环境卫生" });
        await ask.GetByLabel("诉求内容").FillAsync("1号院门口的垃圾桶两天没人清了。");
        await ask.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Expect(resident.GetByTestId("request-filed")).ToContainTextAsync("已收到你的诉求");
        var mine = resident.GetByTestId("my-request").Filter(new() { HasText = "垃圾桶两天没人清" });
        await Expect(mine.GetByTestId("request-status")).ToHaveTextAsync("已提交");
        var id = await mine.GetAttributeAsync("data-request");
        var width = await resident.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the request line is {width}px wide on a 375px phone");

        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GotoAsync($"/console/care/requests/{id}");
        var answer = staff.GetByTestId("update-request");
        await answer.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "已答复" });
        await answer.GetByLabel("答复").FillAsync("已通知保洁公司，今天下午清运。");
        await answer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(staff.GetByTestId("request-status")).ToHaveTextAsync("已答复");

        await resident.GotoAsync("/portal/requests");
        mine = resident.GetByTestId("my-request").Filter(new() { HasText = "垃圾桶两天没人清" });
        await Expect(mine.GetByTestId("request-response")).ToContainTextAsync("今天下午清运");
        await mine.GetByLabel("4").CheckAsync();
        await mine.GetByRole(AriaRole.Button, new() { Name = "已解决" }).ClickAsync();
        mine = resident.GetByTestId("my-request").Filter(new() { HasText = "垃圾桶两天没人清" });
        await Expect(mine.GetByTestId("request-rating")).ToHaveTextAsync("你的评价：4 星");
        await Expect(mine.GetByTestId("request-status")).ToHaveTextAsync("已办结");
    }

    [Fact]
    public async Task A_volunteer_records_a_clinic_sessions_blood_pressures_on_a_phone_and_the_urgent_one_appears_on_the_follow_up_list()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(page, "qtshegong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/care/health");
        await Expect(page.GetByTestId("followups")).Not.ToContainTextAsync("刘建国");
        await page.GotoAsync("/console/care/clinics");
        // The latest session held: the second row (the first is next week's).
        await page.GetByTestId("clinics").Locator("tbody tr").Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("clinic-facts")).ToContainTextAsync("社区卫生服务中心");

        var liu = page.GetByTestId("clinic-attendees").Locator("li").Filter(new() { HasText = "刘建国" });
        var form = liu.GetByTestId("clinic-measure");
        await form.GetByLabel("收缩压").FillAsync("186");
        await form.GetByLabel("舒张压").FillAsync("112");
        await form.GetByLabel("脉搏").FillAsync("88");
        await form.GetByLabel("测量人").FillAsync("健康志愿者 小林");
        await form.GetByRole(AriaRole.Button, new() { Name = "记录" }).ClickAsync();
        await Expect(page.GetByTestId("measurement-flags")).ToContainTextAsync("血压达紧急转诊标准");
        liu = page.GetByTestId("clinic-attendees").Locator("li").Filter(new() { HasText = "刘建国" });
        await Expect(liu.GetByTestId("reading").Last).ToContainTextAsync("186/112 mmHg · 88 · 健康志愿者 小林");
        // The next person's form keeps the volunteer's name.
        var wang = page.GetByTestId("clinic-attendees").Locator("li").Filter(new() { HasText = "王秀英" });
        await Expect(wang.GetByLabel("测量人")).ToHaveValueAsync("健康志愿者 小林");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the clinic session is {width}px wide on a 375px phone");

        await page.GotoAsync("/console/care/health");
        var urgent = page.GetByTestId("followups").Locator("tr").Filter(new() { HasText = "刘建国" });
        await Expect(urgent).ToContainTextAsync("紧急转诊提示");
        await urgent.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("trend")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("measurements").Locator("tbody tr").First).ToContainTextAsync("186/112");
    }
}
