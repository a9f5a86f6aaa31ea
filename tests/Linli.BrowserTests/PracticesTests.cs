using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// Seed 002's small practices at 青桐: a patrol walk logged on a phone with what it found sent on as a 365 request; a
/// recognition round counted by services, decided and certified jointly with the executing organization; and an
/// activity made from a template carrying its run sheet; and case 5's tasks matched to what each volunteer can do.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PracticesTests(BrowserFixture fixture)
{
    private static string Day(int offset) => DateTime.UtcNow.AddHours(8).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_walk_is_logged_on_a_phone_and_its_finding_becomes_a_365_request()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "qingtong", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/patrols");
        var rota = phone.GetByTestId("new-patrol");
        await rota.GetByLabel("巡逻队").FillAsync("夜间护院队");
        await rota.GetByLabel("排班").FillAsync("每周三 20:00–21:00");
        await rota.GetByLabel("路线").FillAsync("东门—3号楼—西门");
        await rota.GetByLabel("时长（小时）").FillAsync("1.5");
        await rota.GetByLabel("冯小军", new() { Exact = true }).CheckAsync();
        await rota.GetByLabel("孙丽", new() { Exact = true }).CheckAsync();
        await rota.GetByRole(AriaRole.Button, new() { Name = "建立巡逻队" }).ClickAsync();

        var walk = phone.GetByTestId("log-walk");
        await Expect(walk.GetByLabel("冯小军", new() { Exact = true })).ToBeCheckedAsync();
        await walk.GetByLabel("日期").FillAsync(Day(-1));
        await walk.GetByLabel("孙丽", new() { Exact = true }).UncheckAsync();
        await walk.GetByLabel("刘建国", new() { Exact = true }).CheckAsync();
        var issue = walk.GetByTestId("issue-0");
        await issue.GetByLabel("发现的问题 1").FillAsync("东门垃圾桶满溢");
        await issue.GetByLabel("地点").FillAsync("东门");
        await issue.GetByLabel("后续").SelectOptionAsync(new SelectOptionValue { Label = "转为365诉求" });
        await walk.GetByRole(AriaRole.Button, new() { Name = "保存巡逻记录" }).ClickAsync();

        await Expect(phone.GetByTestId("patrol-figures")).ToHaveTextAsync("已巡逻 1 次，志愿服务共 3 小时（每位队员的时长相加）");
        var logged = phone.GetByTestId("patrol-logs").Locator("li").First;
        await Expect(logged).ToContainTextAsync($"{Day(-1)} · 1.5 小时 · ");
        await Expect(logged).ToContainTextAsync("东门垃圾桶满溢（东门）");
        Assert.Equal(["冯小军", "刘建国"], (await logged.Locator("div").First.InnerTextAsync()).Split(" · ")[2].Split('、').Order(StringComparer.Ordinal).ToArray());
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));

        await logged.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(phone.Locator("main")).ToContainTextAsync("巡逻发现（夜间护院队，东门）：东门垃圾桶满溢");
    }

    [Fact]
    public async Task A_round_counted_by_services_is_decided_and_its_certificates_carry_both_issuers()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/volunteers/rounds");
        var form = page.GetByTestId("new-round");
        await form.GetByLabel("表彰名称").FillAsync("巡逻志愿者表彰");
        await form.GetByLabel("表彰人数").FillAsync("1");
        await form.GetByLabel("服务期间自").FillAsync(Day(-60));
        await form.GetByLabel("至", new() { Exact = true }).FillAsync(Day(0));
        await form.GetByRole(AriaRole.Button, new() { Name = "建立并排名" }).ClickAsync();

        var ranking = page.GetByTestId("ranking");
        await Expect(ranking.Locator("tbody tr").First).ToContainTextAsync("100.00");
        var first = await ranking.Locator("tbody tr").First.Locator("td").Nth(1).InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确定前 1 名为表彰对象" }).ClickAsync();
        await Expect(page.GetByTestId("reproduced")).ToHaveTextAsync("按现有服务记录重新计算，结果一致。");
        await Expect(page.GetByTestId("awarded")).ToContainTextAsync(first);

        var certify = page.GetByTestId("certify");
        await certify.GetByLabel("联合出具机构").FillAsync("锦城社工服务中心");
        await certify.GetByLabel("需要盖章").CheckAsync();
        await certify.GetByRole(AriaRole.Button, new() { Name = "出具证书" }).ClickAsync();
        var number = await page.GetByTestId("awarded").Locator("a").First.InnerTextAsync();
        Assert.Matches("^ZS\\d{4}[0-9A-Z]{10}$", number);
        await page.GotoAsync($"/verify/{number}");
        await Expect(page.GetByTestId("verify-co-issuer")).ToHaveTextAsync("锦城社工服务中心");
        await Expect(page.GetByTestId("verify-details")).ToContainTextAsync("青桐社区");
    }

    [Fact]
    public async Task An_activity_made_from_a_template_shows_the_templates_run_sheet()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/activities/templates");
        var form = page.GetByTestId("template-form");
        await form.GetByLabel("模板名称").FillAsync("亲子手工课");
        await form.GetByLabel("名额").FillAsync("12");
        await form.GetByLabel("流程").FillAsync("暖场 10\n手工制作 50\n作品分享 20");
        await form.GetByLabel("物料").FillAsync("彩纸 每人5张");
        await form.GetByLabel("分工").FillAsync("助教 2");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByTestId("template-plan")).ToContainTextAsync("手工制作 50 分钟");

        await page.GetByRole(AriaRole.Link, new() { Name = "用此模板新建活动" }).ClickAsync();
        await Expect(page.GetByTestId("from-template")).ToContainTextAsync("亲子手工课");
        await Expect(page.GetByLabel("活动名称")).ToHaveValueAsync("亲子手工课");
        await Expect(page.GetByLabel("名额", new() { Exact = true })).ToHaveValueAsync("12");
        await page.GetByLabel("开始时间").FillAsync($"{Day(5)}T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("10:00–11:20");
        var sheet = page.GetByTestId("run-sheet");
        await Expect(sheet.Locator("tr")).ToHaveTextAsync(["10:00暖场10 分钟", "10:10手工制作50 分钟", "11:00作品分享20 分钟"]);
        await Expect(sheet).ToContainTextAsync("彩纸 每人5张");
        await Expect(sheet).ToContainTextAsync("助教 × 2");
    }

    [Fact]
    public async Task A_social_worker_notes_what_a_volunteer_should_not_do_and_the_task_board_holds_back_a_task_that_asks_it()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/volunteers");
        await page.GetByTestId("volunteers-table").Locator("tr", new() { HasText = "刘建国" }).GetByRole(AriaRole.Link).ClickAsync();
        // The note opens only on request: the read is recorded.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看（将记录本次查看）" }).ClickAsync();
        var ability = page.GetByTestId("ability");
        await ability.GetByLabel("听清对话").CheckAsync();
        await ability.GetByLabel("特长与适合的工作").FillAsync("听力下降，戴助听器；字写得好");
        await ability.GetByRole(AriaRole.Button, new() { Name = "保存身体条件" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");

        // On a phone at the activity's preparation: 周文华 tells his story, the leaflets still need two people.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "qingtong", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/volunteers/tasks");
        await phone.GetByLabel("活动").SelectOptionAsync(new SelectOptionValue { Label = $"{Day(5)} 09:30 国际残疾人日·助残宣传" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "查看分工" }).ClickAsync();
        var tasks = phone.GetByTestId("tasks");
        await Expect(tasks.Locator("tr", new() { HasText = "故事宣讲" })).ToContainTextAsync("周文华");
        var leaflets = tasks.Locator("tr", new() { HasText = "宣传单发放与解说" });
        await Expect(leaflets).ToContainTextAsync("听清对话");

        var assign = phone.GetByTestId("assign");
        await assign.GetByLabel("志愿者").SelectOptionAsync(new SelectOptionValue { Label = "刘建国" });
        await assign.GetByLabel("任务", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "宣传单发放与解说" });
        await assign.GetByRole(AriaRole.Button, new() { Name = "安排" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Alert)).ToHaveTextAsync("这项任务需要听清对话，与这位志愿者登记的身体条件不符；如本人愿意承担，请填写说明后再安排。");

        // He wants to: with the reason the task is his, marked as not a full fit.
        await assign.GetByLabel("志愿者").SelectOptionAsync(new SelectOptionValue { Label = "刘建国" });
        await assign.GetByLabel("任务", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "宣传单发放与解说" });
        await assign.GetByLabel("说明（任务与身体条件不符时填写）").FillAsync("本人愿意，由社工陪同讲解");
        await assign.GetByRole(AriaRole.Button, new() { Name = "安排" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(phone.GetByTestId("tasks").Locator("tr", new() { HasText = "宣传单发放与解说" })).ToContainTextAsync("刘建国 不完全适合");
        await Expect(phone.GetByTestId("fits").Locator("li", new() { HasText = "刘建国" })).ToHaveTextAsync("刘建国 · 故事宣讲、物资搬运、登记记录");
    }
}
