using System.IO.Compression;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>Resident groups, volunteer hours, certificates and the earning rules, as the people at the desks use them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteersTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_group_leader_adds_a_member_to_their_own_team()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "zuzhang", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/groups");
        // A leader sees the team they lead, not the community's other groups.
        await Expect(page.GetByTestId("groups-table")).ToContainTextAsync("青桐垃圾分类志愿队");
        await Expect(page.GetByTestId("groups-table")).Not.ToContainTextAsync("青桐宠物之家");
        await page.GetByRole(AriaRole.Link, new() { Name = "青桐垃圾分类志愿队" }).ClickAsync();

        await page.GetByLabel("居民", new() { Exact = true }).FillAsync("何素珍");
        await page.Locator("#role").SelectOptionAsync(new SelectOptionValue { Label = "骨干" });
        await page.GetByRole(AriaRole.Button, new() { Name = "加入名册" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        var row = page.GetByTestId("roster").Locator("tr", new() { HasText = "何素珍" });
        await Expect(row.GetByRole(AriaRole.Combobox)).ToHaveValueAsync("Core");
        // Supervision and the stage stay with the community's staff.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "记录督导" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Hours_from_an_activity_are_confirmed_and_the_certificate_is_downloaded_and_checked_by_its_QR_page()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "志愿者" }).ClickAsync();
        // 赵志强 helped at last month's birthday party and was checked in: his hours wait for a staff member.
        var proposal = page.GetByTestId("hours-to-confirm").Locator("tr", new() { HasText = "赵志强" });
        await Expect(proposal).ToContainTextAsync("长者集体生日会");
        await Expect(proposal.GetByLabel("时长（小时）")).ToHaveValueAsync("2");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(page.GetByTestId("hours-to-confirm").Locator("tr", new() { HasText = "赵志强" })).ToHaveCountAsync(0);

        await page.GetByTestId("volunteers-table").Locator("tr", new() { HasText = "赵志强" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("services")).ToContainTextAsync("长者集体生日会");
        await Expect(page.GetByTestId("volunteer-summary")).ToContainTextAsync("再服务 98 小时升星");
        await page.GetByRole(AriaRole.Button, new() { Name = "出具证明" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("certificates").GetByRole(AriaRole.Link, new() { NameRegex = new("下载") }).First.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path);
        var xml = await new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEndAsync();
        Assert.Contains("赵志强", xml);
        Assert.Contains("累计服务时长 2 小时", xml);
        // The QR code on the page points where the printed address does: follow it as a phone's camera would.
        var verifyUrl = System.Text.RegularExpressions.Regex.Match(xml, @"https?://[^\s<]+/verify/ZS\w+").Value;
        Assert.NotEmpty(verifyUrl);

        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(verifyUrl);
        await Expect(phone.GetByTestId("verify-result")).ToContainTextAsync("这份证明真实有效");
        await Expect(phone.GetByTestId("verify-details")).ToContainTextAsync("赵**");
        await Expect(phone.GetByTestId("verify-details")).ToContainTextAsync("青桐社区");
    }

    [Fact]
    public async Task The_weekly_rule_rewards_the_third_sorted_waste_drop_and_the_bags_are_handed_out_once()
    {
        var page = await fixture.NewPageAsync();
        // The team leader records drops at the collection point.
        await SignInPage.SignInAsync(page, "zuzhang", LinliProcess.DemoPassword);
        await page.GotoAsync("/console/points/deeds");
        for (var drop = 1; drop <= 3; drop++)
        {
            await page.GetByLabel("居民", new() { Exact = true }).FillAsync("马海燕");
            await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("deed-result")).ToContainTextAsync($"本周第{drop}次");
        }
        await Expect(page.GetByTestId("deed-result")).ToContainTextAsync("马海燕 达到本周目标：奖励20积分 垃圾袋20个");
        var reward = page.GetByTestId("rewards").Locator("tr", new() { HasText = "马海燕" });
        await Expect(reward).ToContainTextAsync("垃圾袋20个");
        await reward.GetByRole(AriaRole.Button, new() { Name = "已发放" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(page.GetByTestId("rewards").Locator("tr", new() { HasText = "马海燕" })).ToHaveCountAsync(0);
    }
}
