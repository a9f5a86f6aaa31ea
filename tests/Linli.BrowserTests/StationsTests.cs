using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// Seed 001's ladder at 青桐's station: a supervisor, a social worker and an assistant; a training attended and a
/// group supervision recorded, the worker's page adding them up; and seed 004's door-to-door consultation taken on a
/// phone, one answer per household.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StationsTests(BrowserFixture fixture)
{
    private static string Day(int offset) => DateTime.UtcNow.AddHours(8).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_supervisor_finds_a_worker_due_a_session_sees_their_cases_and_supervises_them()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/stations");
        await Expect(page.GetByTestId("trainings").Locator("li", new() { HasText = "志愿者入户探访礼仪与安全" }).GetByTestId("training-volunteers"))
            .ToHaveTextAsync("已计入志愿者培训记录：刘建国、孙丽、赵志强");
        await page.GetByRole(AriaRole.Link, new() { Name = "督导待办" }).ClickAsync();
        var due = page.GetByTestId("queue-supervisees").Locator("li", new() { HasText = "周老师" });
        await Expect(due).ToContainTextAsync($"上次督导 {Day(-50)} · 该安排督导了");

        await due.GetByRole(AriaRole.Link, new() { Name = "周老师" }).ClickAsync();
        await Expect(page.GetByTestId("staff-work")).ToContainTextAsync("登录账号：青桐社区 社工 周老师");
        await Expect(page.GetByTestId("staff-cases")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^个案：在管 \d+ 个，已结案 \d+ 个，督导中 0 个$"));

        await page.GotoAsync("/console/stations");
        var session = page.GetByTestId("new-supervision");
        await session.GetByLabel("督导者").SelectOptionAsync(new SelectOptionValue { Label = "李主任" });
        await session.GetByLabel("形式").SelectOptionAsync(new SelectOptionValue { Label = "个别督导" });
        await session.GetByLabel("周老师").CheckAsync();
        await session.GetByLabel("日期").FillAsync(Day(0));
        await session.GetByLabel("学时").FillAsync("1");
        await session.GetByRole(AriaRole.Button, new() { Name = "登记督导" }).ClickAsync();
        await Expect(page.GetByTestId("staff").Locator("tr", new() { HasText = "周老师" })).ToContainTextAsync("2.5");
        await page.GetByRole(AriaRole.Link, new() { Name = "督导待办" }).ClickAsync();
        await Expect(page.GetByTestId("queue-supervisees").Locator("li", new() { HasText = "周老师" })).ToHaveTextAsync($"周老师 · 上次督导 {Day(0)}");
    }

    [Fact]
    public async Task A_training_and_a_group_supervision_recorded_add_up_on_the_workers_page()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/stations");
        foreach (var (name, qualification) in new[] { ("王督导", "高级社会工作师"), ("李社工", "社会工作师"), ("赵助理", "助理社会工作师") })
        {
            await page.Locator("summary", new() { HasText = "登记工作人员" }).ClickAsync();
            var staff = page.GetByTestId("new-staff");
            await staff.GetByLabel("姓名").FillAsync(name);
            await staff.GetByLabel("职业水平").SelectOptionAsync(new SelectOptionValue { Label = qualification });
            await staff.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
            await Expect(page.GetByTestId("staff")).ToContainTextAsync(name);
        }

        await page.Locator("summary", new() { HasText = "登记培训" }).ClickAsync();
        var training = page.GetByTestId("new-training");
        await training.GetByLabel("培训主题").FillAsync("心理减压与自我关怀");
        await training.GetByLabel("日期").FillAsync(Day(-1));
        await training.GetByLabel("学时").FillAsync("2");
        await training.GetByRole(AriaRole.Button, new() { Name = "登记培训" }).ClickAsync();
        var listed = page.GetByTestId("trainings").Locator("li", new() { HasText = "心理减压与自我关怀" });
        await listed.GetByLabel("李社工").CheckAsync();
        await listed.GetByLabel("赵助理").CheckAsync();
        await listed.GetByRole(AriaRole.Button, new() { Name = "登记出勤" }).ClickAsync();
        await Expect(page.GetByTestId("trainings").Locator("li", new() { HasText = "心理减压与自我关怀" })).ToContainTextAsync("出勤：李社工、赵助理");

        var session = page.GetByTestId("new-supervision");
        await session.GetByLabel("督导者").SelectOptionAsync(new SelectOptionValue { Label = "王督导" });
        await session.GetByLabel("形式").SelectOptionAsync(new SelectOptionValue { Label = "团体督导" });
        await session.GetByLabel("李社工").CheckAsync();
        await session.GetByLabel("赵助理").CheckAsync();
        await session.GetByLabel("日期").FillAsync(Day(0));
        await session.GetByLabel("学时").FillAsync("1.5");
        await session.GetByLabel("主题").FillAsync("个案复盘");
        await session.GetByRole(AriaRole.Button, new() { Name = "登记督导" }).ClickAsync();
        await Expect(page.GetByTestId("staff").Locator("tr", new() { HasText = "李社工" })).ToContainTextAsync("1.5");

        await page.GetByTestId("staff").GetByRole(AriaRole.Link, new() { Name = "李社工" }).ClickAsync();
        await Expect(page.Locator("[data-figure=training] .fs-5")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-figure=supervision] .fs-5")).ToHaveTextAsync("1.5");
        await Expect(page.GetByTestId("staff-supervision")).ToContainTextAsync("督导：王督导");
    }

    [Fact]
    public async Task A_household_answers_once_at_the_door_and_the_share_shows_on_a_phone()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "qingtong", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/consultations");
        var form = phone.GetByTestId("new-consultation");
        await form.GetByLabel("征询事项").FillAsync("1号院电动车集中充电点选址");
        await form.GetByRole(AriaRole.Button, new() { Name = "发起征询" }).ClickAsync();
        async Task AnswerAsync(string name, string option)
        {
            await phone.GetByPlaceholder("姓名").FillAsync(name);
            await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await phone.GetByTestId("households").Locator("li", new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = option, Exact = true }).ClickAsync();
        }

        await AnswerAsync("刘建国", "同意");
        await Expect(phone.GetByTestId("shares").Locator("[data-option=同意]")).ToContainTextAsync("100.00%");
        // His granddaughter lives in the same household: it has answered.
        await AnswerAsync("刘小禾", "不同意");
        await Expect(phone.Locator("[data-field=householdId]")).ToHaveTextAsync("这户已经答复过了。");
        await AnswerAsync("王秀英", "不同意");
        await Expect(phone.GetByTestId("shares").Locator("[data-option=不同意]")).ToContainTextAsync("50.00%");
        await Expect(phone.Locator("[data-figure=answered] .fs-5")).ToHaveTextAsync("2");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));

        // Closed, the share goes up on the board as a notice anyone can read.
        await phone.GetByRole(AriaRole.Button, new() { Name = "结束征询" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "公示结果" }).ClickAsync();
        await phone.GetByTestId("published").GetByRole(AriaRole.Link, new() { Name = "结果已公示" }).ClickAsync();
        var notice = phone.Locator("article, li", new() { HasText = "入户征询结果：1号院电动车集中充电点选址" }).First;
        await Expect(notice).ToContainTextAsync("同意 50.00%（1 户）；不同意 50.00%（1 户）");
    }

    [Fact]
    public async Task The_steward_takes_a_doors_answer_on_his_own_phone_and_the_share_counts_it()
    {
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GotoAsync("/console/consultations");
        var form = staff.GetByTestId("new-consultation");
        await form.GetByLabel("征询事项").FillAsync("楼道飞线充电整治时间");
        await form.GetByLabel("选项").FillAsync("本周六\n本周日");
        await form.GetByRole(AriaRole.Button, new() { Name = "发起征询" }).ClickAsync();
        var consultationUrl = staff.Url;

        // 刘建国 (jumin) is his building's steward: the portal tells him, and his desk lists his doors by flat.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GotoAsync("/portal");
        await phone.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^入户征询「楼道飞线充电整治时间」：您负责的楼里还有 \\d+ 户未答复$") }).ClickAsync();
        var section = phone.Locator("section", new() { HasText = "楼道飞线充电整治时间" });
        var door = section.GetByTestId("doors").Locator("li").First;
        var flat = (await door.Locator("span").First.InnerTextAsync()).Trim();
        await door.GetByRole(AriaRole.Button, new() { Name = "本周日" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("已记下这户的意见。");
        await Expect(section.GetByTestId("doors").Locator("li", new() { HasText = flat }).First).ToContainTextAsync("已答复");
        await Expect(section.GetByTestId("desk-progress")).ToContainTextAsync("已答复 1 /");
        await Expect(section).Not.ToContainTextAsync("刘建国");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));

        await staff.GotoAsync(consultationUrl);
        await Expect(staff.GetByTestId("shares").Locator("[data-option=本周日]")).ToContainTextAsync("100.00%");
    }

    [Fact]
    public async Task A_station_keeps_its_ladder_and_micro_project_and_the_district_reads_each_stations_month()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/stations");
        await page.Locator("summary", new() { HasText = "登记工作人员" }).ClickAsync();
        var staff = page.GetByTestId("new-staff");
        await staff.GetByLabel("姓名").FillAsync("郑大姐");
        await staff.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.GetByTestId("staff")).ToContainTextAsync("郑大姐");

        await page.GetByRole(AriaRole.Link, new() { Name = "社工站档案" }).ClickAsync();
        await Expect(page.GetByTestId("rooms")).ToContainTextAsync("个案室 · 个案工作室");
        var link = page.GetByTestId("add-link");
        await link.GetByLabel("支持者", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "吴同学" });
        await link.GetByLabel("被支持者").SelectOptionAsync(new SelectOptionValue { Label = "郑大姐" });
        await link.GetByRole(AriaRole.Button, new() { Name = "建立支持关系" }).ClickAsync();
        var rung = page.GetByTestId("ladder").Locator("tr", new() { HasText = "郑大姐" });
        await Expect(rung).ToContainTextAsync("吴同学");
        await link.GetByLabel("支持者", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "吴同学" });
        await link.GetByLabel("被支持者").SelectOptionAsync(new SelectOptionValue { Label = "郑大姐" });
        await link.GetByRole(AriaRole.Button, new() { Name = "建立支持关系" }).ClickAsync();
        await Expect(page.Locator("[data-field=station]")).ToHaveTextAsync("这两人之间已有进行中的支持关系。");

        var project = page.GetByTestId("add-micro-project");
        await project.GetByLabel("项目名称").FillAsync("垃圾分类带宠物之家");
        await project.GetByLabel("开始日期").FillAsync(Day(-3));
        await project.GetByLabel("牵头组织（老）").SelectOptionAsync(new SelectOptionValue { Label = "青桐垃圾分类志愿队" });
        await project.GetByLabel("带新组织").SelectOptionAsync(new SelectOptionValue { Label = "青桐宠物之家" });
        await project.GetByRole(AriaRole.Button, new() { Name = "登记小微项目" }).ClickAsync();
        await Expect(page.GetByTestId("micro-projects")).ToContainTextAsync("垃圾分类带宠物之家 · 青桐垃圾分类志愿队 带 青桐宠物之家");

        // 丽景苑's training last month: 资源整合, 3 hours, attended by the social worker and two activists.
        var district = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(district, "wuhou", LinliProcess.DemoPassword);
        await district.GotoAsync("/console/stations/month");
        var lijingyuan = district.GetByTestId("station-months").Locator("tr", new() { HasText = "丽景苑社区社工站" });
        await Expect(lijingyuan.Locator("td").Nth(3)).ToHaveTextAsync("1");
        await Expect(lijingyuan.Locator("td").Nth(4)).ToHaveTextAsync("9");
        await Expect(district.GetByTestId("station-months").Locator("tbody tr")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task A_steward_reads_the_households_of_his_building_on_a_phone()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "qingtong", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/stewards");
        var row = phone.GetByTestId("stewards").Locator("tr", new() { HasText = "刘建国" });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(phone.Locator("h1")).ToContainTextAsync("（楼门长：刘建国）");
        await Expect(phone.GetByTestId("steward-households").Locator("li", new() { HasText = "刘建国" })).ToContainTextAsync("刘小禾");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }

    [Fact]
    public async Task A_child_adopts_a_plant_with_her_grandfather_and_the_care_photo_shows_on_a_phone()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "qingtong", LinliProcess.DemoPassword);
        await phone.GotoAsync("/console/adoptions");
        await phone.GetByPlaceholder("按姓名或手机号查找认养人").FillAsync("刘");
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var adopt = phone.GetByTestId("new-adoption");
        await adopt.GetByLabel("认养人").SelectOptionAsync(new SelectOptionValue { Label = "刘小禾" });
        await adopt.GetByLabel("认养对象").FillAsync("向日葵 第1株");
        await adopt.GetByLabel("位置").FillAsync("1号院花坛");
        await adopt.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(phone.Locator("[data-field=guardianId]")).ToHaveTextAsync("未成年人认养需要一位监护人。");
        await phone.GetByTestId("new-adoption").GetByLabel("认养人").SelectOptionAsync(new SelectOptionValue { Label = "刘小禾" });
        await phone.GetByTestId("new-adoption").GetByLabel("监护人").SelectOptionAsync(new SelectOptionValue { Label = "刘建国" });
        await phone.GetByTestId("new-adoption").GetByLabel("认养对象").FillAsync("向日葵 第1株");
        await phone.GetByTestId("new-adoption").GetByLabel("位置").FillAsync("1号院花坛");
        await phone.GetByTestId("new-adoption").GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();

        await Expect(phone.Locator("h1")).ToContainTextAsync("向日葵 第1株");
        await Expect(phone.GetByTestId("adopter")).ToContainTextAsync("刘**（监护人：刘建国）");
        var care = phone.GetByTestId("new-care");
        await care.GetByLabel("做了什么").FillAsync("和爷爷一起浇水");
        await care.GetByLabel("照片（可不传）").SetInputFilesAsync(new FilePayload { Name = "浇水.png", MimeType = "image/png", Buffer = Linli.Web.Platform.Qr.QrCode.Png("向日葵") });
        await care.GetByRole(AriaRole.Button, new() { Name = "记一次养护" }).ClickAsync();
        var entry = phone.GetByTestId("care-log").Locator("li", new() { HasText = "和爷爷一起浇水" });
        await Expect(entry.Locator("img")).ToBeVisibleAsync();
        Assert.True(await entry.Locator("img").EvaluateAsync<int>("img => img.naturalWidth") > 0);
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }
}
