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
    }
}
