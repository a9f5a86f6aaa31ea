using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SelfServiceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_resident_reads_her_record_on_a_phone_asks_for_a_correction_and_sees_the_answer()
    {
        // The social worker registers her and opens her portal account.
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "shegong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "居民台账" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "登记居民" }).ClickAsync();
        await staff.GetByLabel("姓名").FillAsync("周阿婆");
        await staff.GetByLabel("性别").SelectOptionAsync("Female");
        await staff.GetByLabel("出生日期").FillAsync("1944-06-01");
        await staff.GetByLabel("手机号").FillAsync("13855556666");
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        var userName = "zhou" + Guid.NewGuid().ToString("N")[..6];
        await staff.GetByText("开通居民账号").First.ClickAsync();
        await staff.GetByLabel("登录名").FillAsync(userName);
        await staff.GetByLabel("初始密码").FillAsync("Zhou-popo-2026");
        await staff.GetByRole(AriaRole.Button, new() { Name = "开通居民账号" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");

        // She signs in on her phone and sees what the community holds about her, masked.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, userName, "Zhou-popo-2026");
        await phone.GetByRole(AriaRole.Link, new() { Name = "我的信息" }).ClickAsync();
        await Expect(phone.GetByTestId("my-record")).ToContainTextAsync("138****6666");
        await Expect(phone.GetByTestId("my-record")).ToContainTextAsync("周阿婆");
        await phone.GetByLabel("更正项目").SelectOptionAsync("phone");
        await phone.GetByLabel("申请更正为").FillAsync("13977778888");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交更正申请" }).ClickAsync();
        await Expect(phone.GetByTestId("my-corrections")).ToContainTextAsync("待处理");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/portal/me scrolls sideways by {overflow}px at 375px");

        // The social worker sees the request, masked, and answers it.
        await staff.GetByRole(AriaRole.Link, new() { Name = "更正申请" }).ClickAsync();
        var row = staff.GetByTestId("correction-table").Locator("tr", new() { HasText = "周阿婆" });
        await Expect(row).ToContainTextAsync("139****8888");
        await row.GetByLabel("答复").FillAsync("已核实，已更正");
        await row.GetByRole(AriaRole.Button, new() { Name = "已更正" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");

        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("my-corrections")).ToContainTextAsync("已核实，已更正");
    }

    [Fact]
    public async Task The_demo_resident_finds_his_record_in_the_portal()
    {
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Link, new() { Name = "我的信息" }).ClickAsync();
        await Expect(phone.GetByTestId("my-record")).ToContainTextAsync("刘建国");
        await Expect(phone.GetByTestId("my-record")).ToContainTextAsync("138****1004");
    }
}
