using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>Needs assessment as it is done: a worker builds a survey, residents answer on phones, volunteers type in paper and knock on doors, and the results become the needs list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveysTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_worker_builds_a_survey_and_a_resident_answers_it_on_a_phone()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/surveys");
        await page.GetByLabel("问卷标题").FillAsync("3 号楼加装电梯意愿调查");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("3 号楼加装电梯意愿调查");

        await page.GetByLabel("填写次数").SelectOptionAsync(new SelectOptionValue { Label = "每人一次" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存设置" }).ClickAsync();

        async Task AddAsync(string type, string text, string? options = null, bool required = false, string? showIf = null, string? showIfValues = null)
        {
            await page.GetByLabel("题型").SelectOptionAsync(new SelectOptionValue { Label = type });
            await page.GetByLabel("题目内容").FillAsync(text);
            if (options is not null) await page.GetByLabel("选项（选择题）").FillAsync(options);
            if (required) await page.GetByLabel("必答").CheckAsync();
            if (showIf is not null)
            {
                await page.GetByLabel("显示条件").SelectOptionAsync(new SelectOptionValue { Label = showIf });
                await page.GetByLabel("选了这些选项时显示").FillAsync(showIfValues!);
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("questions")).ToContainTextAsync(text);
        }
        await AddAsync("单选", "您支持本楼加装电梯吗？", "支持\n反对\n无所谓", required: true);
        await AddAsync("多选", "您最关心哪些方面？", "费用分摊\n施工噪音\n低层采光", showIf: "您支持本楼加装电梯吗？", showIfValues: "支持");
        await AddAsync("量表打分", "您对社区目前的服务满意吗？");
        await Expect(page.GetByTestId("questions").Locator("li")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("questions")).ToContainTextAsync("仅当“您支持本楼加装电梯吗？”选了：支持");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布问卷" }).ClickAsync();
        var link = await page.GetByTestId("public-link").GetAttributeAsync("href");
        Assert.StartsWith("/s/", link);

        // 刘建国 opens the link on his phone: it asks him to sign in first, then brings him back.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(link!);
        await phone.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await phone.GetByLabel("用户名或手机号").FillAsync("jumin");
        await phone.GetByLabel("密码").FillAsync(LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(phone.GetByTestId("survey-form")).ToBeVisibleAsync();
        // The follow-up question appears only for those who support it.
        var concerns = phone.Locator("fieldset[data-key=q2]");
        await Expect(concerns).ToBeHiddenAsync();
        await phone.GetByLabel("支持", new() { Exact = true }).CheckAsync();
        await Expect(concerns).ToBeVisibleAsync();
        await phone.GetByLabel("费用分摊").CheckAsync();
        await phone.GetByLabel("低层采光").CheckAsync();
        await phone.Locator("label[for=q3-4]").ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Expect(phone.GetByTestId("survey-thanks")).ToBeVisibleAsync();
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the page is {scroll}px wide on a 375px phone");
        await phone.GotoAsync(link!);
        await Expect(phone.GetByTestId("survey-answered")).ToContainTextAsync("您已经填写过这份问卷");
        await phone.GotoAsync("/portal/surveys");
        await Expect(phone.GetByTestId("portal-surveys").Locator("a", new() { HasText = "3 号楼加装电梯意愿调查" })).ToContainTextAsync("已填写");

        await page.GetByRole(AriaRole.Link, new() { Name = "结果", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("response-figures")).ToContainTextAsync("回收 1 份");
        var first = page.GetByTestId("result-q1");
        await Expect(first.Locator("tr", new() { HasText = "支持" })).ToContainTextAsync("100.00%");
        // The chart is drawn (SVG, so it prints sharp).
        await Expect(first.Locator(".survey-chart svg")).ToHaveCountAsync(1);
        // Drawing the charts moves nothing: their room is reserved by the page (cumulative layout shift, as Chromium counts it).
        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(done => {
                let sum = 0;
                new PerformanceObserver(list => list.getEntries().forEach(e => sum += e.hadRecentInput ? 0 : e.value)).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => done(sum), 500);
            })
            """);
        Assert.True(shift < 0.01, $"layout shift {shift}");
        await Expect(page.GetByTestId("result-q2").Locator("tr", new() { HasText = "施工噪音" })).ToContainTextAsync("0.00%");
    }

    [Fact]
    public async Task A_volunteer_types_in_paper_forms_and_enters_door_to_door_answers_offline_that_arrive_once()
    {
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        var before = await ResponseCountAsync(staff);

        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "zuzhang", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/surveys");
        var row = page.GetByTestId("surveys-table").Locator("tr", new() { HasText = "青桐社区住户需求调查" });
        await row.GetByRole(AriaRole.Link, new() { Name = "录入纸质问卷" }).ClickAsync();

        // A slip of the pen: option 9 does not exist. The error names the question and keeps what was typed.
        await page.Locator("#a-household_size").FillAsync("3");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("9");
        await page.Locator("#a-children").FillAsync("2");
        await page.Locator("#a-wanted_facilities").FillAsync("1 2");
        await page.Locator("#a-satisfaction").FillAsync("4");
        await page.Locator("#a-satisfaction").PressAsync("Enter");
        await Expect(page.Locator("tr.table-danger")).ToContainTextAsync("家中是否有 60 岁以上老人");
        await Expect(page.Locator("#a-wanted_facilities")).ToHaveValueAsync("1 2");
        await page.Locator("#a-elders").FillAsync("1");
        await page.Locator("#a-elder_needs").FillAsync("12");
        await page.Locator("#a-satisfaction").PressAsync("Enter");
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("entered-count")).ToContainTextAsync("我已录入 1 份");
        await Expect(page.Locator("#a-household_size")).ToHaveValueAsync("");

        // At the doors, on a phone whose connection drops.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "zuzhang", LinliProcess.DemoPassword);
        await phone.GotoAsync(page.Url.Replace("/paper", "/visit"));
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("待上传：0");
        await phone.Context.SetOfflineAsync(true);
        foreach (var (size, facility) in new[] { ("2", "停车位"), ("4", "儿童阅读角") })
        {
            await phone.Locator("fieldset[data-key=household_size] input").FillAsync(size);
            await phone.Locator("fieldset[data-key=elders]").GetByLabel("没有").CheckAsync();
            await phone.Locator("fieldset[data-key=children]").GetByLabel("有", new() { Exact = true }).CheckAsync();
            await phone.GetByLabel(facility).CheckAsync();
            await phone.Locator("label[for=satisfaction-5]").ClickAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "保存这一户" }).ClickAsync();
        }
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("待上传：2");
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("暂时没有网络");

        // Back online, but the sign-in lapsed meanwhile: nothing counts as sent, nothing is lost.
        await phone.Context.ClearCookiesAsync();
        await phone.Context.SetOfflineAsync(false);
        await phone.GetByRole(AriaRole.Button, new() { Name = "立即上传" }).ClickAsync();
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("登录已过期");
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("待上传：2");

        // Signed in again, the page (reloaded) finds the answers still on the phone and sends them.
        var visit = phone.Url;
        await SignInPage.SignInAsync(phone, "zuzhang", LinliProcess.DemoPassword);
        await phone.GotoAsync(visit);
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("待上传：0");
        await Expect(phone.GetByTestId("visit-status")).ToContainTextAsync("已上传：2");
        // Pressing again sends nothing twice.
        await phone.GetByRole(AriaRole.Button, new() { Name = "立即上传" }).ClickAsync();
        Assert.Equal(before + 3, await ResponseCountAsync(staff));
    }

    [Fact]
    public async Task The_worker_turns_the_top_result_into_a_ranked_need_answered_by_an_activity()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/surveys");
        await page.GetByTestId("surveys-table").Locator("tr", new() { HasText = "青桐社区住户需求调查" }).GetByRole(AriaRole.Link, new() { Name = "结果" }).ClickAsync();
        var wanted = page.GetByTestId("result-wanted_facilities");
        await wanted.Locator("tr", new() { HasText = "老年活动室" }).GetByRole(AriaRole.Button, new() { Name = "转为需求" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已把“老年活动室”加入需求清单");
        await page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link, new() { Name = "需求清单" }).ClickAsync();

        var need = page.GetByTestId("needs-table").Locator("tr", new() { HasText = "老年活动室" });
        await Expect(need).ToContainTextAsync("问卷");
        await Expect(need.GetByRole(AriaRole.Combobox, new() { Name = "状态" })).ToHaveValueAsync("Open");
        await need.GetByRole(AriaRole.Combobox, new() { Name = "关联活动" }).SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await need.GetByRole(AriaRole.Button, new() { Name = "关联" }).ClickAsync();
        need = page.GetByTestId("needs-table").Locator("tr", new() { HasText = "老年活动室" });
        await Expect(need.GetByRole(AriaRole.Combobox, new() { Name = "状态" })).ToHaveValueAsync("BeingAnswered");
        await Expect(need.Locator("a[href^='/console/activities/']")).ToHaveCountAsync(1);
        // The meeting's fire-safety need keeps first place: staff gave it priority 1.
        await Expect(page.GetByTestId("needs-table").Locator("tbody tr").First).ToContainTextAsync("电动车充电桩");
    }

    private static async Task<int> ResponseCountAsync(IPage staff)
    {
        await staff.GotoAsync("/console/surveys");
        var cell = staff.GetByTestId("surveys-table").Locator("tr", new() { HasText = "青桐社区住户需求调查" }).Locator("td").Nth(2);
        var text = await cell.InnerTextAsync();
        return int.Parse(text.Split('/')[0].Trim());
    }
}
