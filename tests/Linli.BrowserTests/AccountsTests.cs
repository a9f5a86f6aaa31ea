using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_administrator_creates_an_account_by_region_name_resets_its_password_and_the_owner_chooses_a_new_one()
    {
        var name = "sg" + Guid.NewGuid().ToString("N")[..6];
        var admin = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(admin, "admin", LinliProcess.AdminPassword);
        await admin.GotoAsync("/console/users");
        await admin.GetByLabel("用户名").FillAsync(name);
        await admin.GetByLabel("姓名").FillAsync("测试社工");
        await admin.GetByLabel("密码", new() { Exact = true }).FillAsync("12345678");
        await admin.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = "社工" });
        var regions = admin.GetByLabel("负责区域");
        // A street nobody works for yet (the demo's 管庄) can be chosen like any other.
        await Expect(regions.Locator("option", new() { HasText = "管庄地区（示例）" })).ToHaveCountAsync(1);
        await regions.SelectOptionAsync((await regions.Locator("option", new() { HasText = "青桐社区" }).GetAttributeAsync("value"))!);
        await admin.GetByRole(AriaRole.Button, new() { Name = "新增" }).ClickAsync();
        // A password anyone would guess is refused under its own field, and the form keeps what was chosen.
        await Expect(admin.Locator(".validation-message")).ToHaveTextAsync("密码须包含字母。");
        await Expect(admin.GetByLabel("用户名")).ToHaveValueAsync(name);
        await Expect(admin.GetByLabel("角色")).ToHaveValueAsync("SocialWorker");
        await Expect(regions.Locator("option:checked")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("青桐社区$"));
        await admin.GetByLabel("密码", new() { Exact = true }).FillAsync("Qingtong-2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "新增" }).ClickAsync();
        var row = admin.Locator($"tr[data-user={name}]");
        await Expect(row).ToContainTextAsync("青桐社区");

        await row.GetByRole(AriaRole.Button, new() { Name = $"重置密码 {name}" }).ClickAsync();
        var notice = await admin.GetByTestId("temporary-password").TextContentAsync();
        var temporary = notice!.Split('：')[1].Split('（')[0];

        var worker = await fixture.NewPageAsync(375, 740);
        await SignInPage.SignInAsync(worker, name, temporary);
        await Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/account/password$"));
        await Expect(worker.GetByTestId("must-change")).ToBeVisibleAsync();
        await worker.GotoAsync("/console/residents");
        await Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/account/password$"));
        await worker.GetByLabel("当前密码").FillAsync(temporary);
        await worker.GetByLabel("新密码").FillAsync("Mine-only-2026");
        await worker.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Expect(worker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console$"));

        var again = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(again, name, "Mine-only-2026");
        await Expect(again.GetByTestId("signed-in-user")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task A_resident_changes_their_password_in_the_portal_and_a_wrong_current_one_shows_under_its_field()
    {
        var page = await fixture.NewPageAsync(375, 740);
        await SignInPage.SignInAsync(page, "jumin", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "修改密码" }).ClickAsync();
        await page.GetByLabel("当前密码").FillAsync("Not-the-one-2026");
        await page.GetByLabel("新密码").FillAsync("Another-one-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();

        var current = page.Locator("#current-password");
        await Expect(current).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("invalid"));
        await Expect(page.Locator("#current-password ~ .validation-message")).ToHaveTextAsync("当前密码不正确。");
    }
}
