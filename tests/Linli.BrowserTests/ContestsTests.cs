using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// A healthy-family contest as seed 002 ran it online: staff set it up, a family enters from the phone with a photo
/// and agrees to publication, staff approve it, neighbours see it with its photo, vote, and open its shared page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContestsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_family_enters_from_the_phone_staff_approve_and_the_entry_takes_votes_with_its_photo_on_its_shared_page()
    {
        var console = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(console, "qingtong", LinliProcess.DemoPassword);
        await console.GotoAsync("/console/contests");
        await Expect(console.GetByTestId("contests-table")).ToContainTextAsync("青桐最美阳台评选");
        var china = DateTime.UtcNow.AddHours(8);
        await console.GetByLabel("社区").SelectOptionAsync(new SelectOptionValue { Label = "青桐社区" });
        await console.GetByLabel("评选名称").FillAsync("青桐健康家庭评选");
        await console.GetByLabel("投票开始").FillAsync(china.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"));
        await console.GetByLabel("投票截止").FillAsync(china.AddDays(14).ToString("yyyy-MM-ddTHH:mm"));
        await console.GetByLabel("获奖名额").FillAsync("50");
        await console.GetByRole(AriaRole.Button, new() { Name = "发起", Exact = true }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("青桐健康家庭评选");
        var contest = console.Url.Split('/')[^1];

        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(phone, "jumin", LinliProcess.DemoPassword);
        await phone.GotoAsync($"/portal/contests/{contest}");
        await phone.GetByLabel("作品名称").FillAsync("刘建国家的晨练小队");
        await phone.GetByLabel("作品介绍").FillAsync("老两口每天早上带着孙子在院坝打太极。");
        await phone.GetByLabel("作品照片").SetInputFilesAsync(new FilePayload { Name = "family.png", MimeType = "image/png", Buffer = Linli.Web.Platform.Qr.QrCode.Png("刘建国家") });
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交报名" }).ClickAsync();
        await Expect(phone.Locator("[data-field=consent]")).ToHaveTextAsync("请勾选同意公开作品的文字和照片。");
        await phone.GetByLabel("作品名称").FillAsync("刘建国家的晨练小队");
        await phone.GetByLabel("作品照片").SetInputFilesAsync(new FilePayload { Name = "family.png", MimeType = "image/png", Buffer = Linli.Web.Platform.Qr.QrCode.Png("刘建国家") });
        await phone.GetByLabel("我家同意在社区平台公开本作品的文字和照片，供居民浏览和投票。").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交报名" }).ClickAsync();
        await Expect(phone.GetByTestId("my-entry-status")).ToHaveTextAsync("刘建国家的晨练小队 · 待审核");
        await Expect(phone.GetByTestId("contest-entries").Locator("li")).ToHaveCountAsync(0);

        await console.ReloadAsync();
        await Expect(console.GetByTestId("contest-figures")).ToContainTextAsync("待审核1");
        var row = console.GetByTestId("contest-entries-review").Locator("tr", new() { HasText = "刘建国家的晨练小队" });
        await Expect(row).ToContainTextAsync("居民报名");
        await row.GetByTestId("approve").ClickAsync();
        await Expect(console.GetByTestId("contest-ranking")).ToContainTextAsync("刘建国家的晨练小队");

        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("my-entry-status")).ToHaveTextAsync("刘建国家的晨练小队 · 已通过");
        var line = phone.GetByTestId("contest-entries").Locator("li", new() { HasText = "刘建国家的晨练小队" });
        await line.GetByTestId("vote").ClickAsync();
        await Expect(phone.GetByTestId("vote-done")).ToHaveTextAsync("投票成功！今天还可以投 2 票。");
        await Expect(line.GetByTestId("entry-votes")).ToHaveTextAsync("1 票 · 第 1 名");
        await line.GetByRole(AriaRole.Link, new() { Name = "刘建国家的晨练小队" }).ClickAsync();
        await Expect(phone.GetByTestId("public-entry")).ToHaveTextAsync("刘建国家的晨练小队");
        await Expect(phone.GetByTestId("public-entry-figures")).ToHaveTextAsync("已得 1 票 · 浏览 1 次");
        Assert.True(await phone.Locator("img").First.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the entry's photo did not load");
        var scroll = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= 375, $"the entry's page is {scroll}px wide on a 375px phone");

        // The console page at phone width: a social worker checks the figures on the way.
        var staffPhone = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(staffPhone, "qingtong", LinliProcess.DemoPassword);
        await staffPhone.GotoAsync($"/console/contests/{contest}");
        await Expect(staffPhone.GetByTestId("contest-figures")).ToContainTextAsync("浏览次数");
        var consoleScroll = await staffPhone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(consoleScroll <= 375, $"the console's contest page is {consoleScroll}px wide on a 375px phone");
    }
}
