using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>Activity → record → spread → take part again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivityRecordTests(BrowserFixture fixture)
{
    /// <summary>A real 1×1 PNG, as small as a photo can be.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Staff_publish_the_record_with_a_photo_and_a_neighbour_follows_the_shared_link_to_the_next_sign_up()
    {
        var staff = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(staff, "qingtong", LinliProcess.DemoPassword);
        await staff.GetByRole(AriaRole.Link, new() { Name = "活动", Exact = true }).ClickAsync();
        var now = DateTime.UtcNow.AddHours(8);
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0).AddMinutes(-30);
        await staff.GetByLabel("活动名称").FillAsync("周末亲子读书会");
        await staff.GetByLabel("开始时间").FillAsync(start.ToString("yyyy-MM-ddTHH:mm"));
        await staff.GetByLabel("结束时间").FillAsync(start.AddHours(1).ToString("yyyy-MM-ddTHH:mm"));
        await staff.GetByLabel("重复").SelectOptionAsync(new SelectOptionValue { Label = "每周" });
        await staff.GetByLabel("次数").FillAsync("2");
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await staff.Locator("table tr", new() { HasText = start.ToString("yyyy-MM-dd HH:mm") }).GetByRole(AriaRole.Link, new() { Name = "周末亲子读书会" }).ClickAsync();
        await staff.GetByTestId("record-link").ClickAsync();

        await staff.GetByLabel("添加照片").SetInputFilesAsync(new FilePayload { Name = "合影.png", MimeType = "image/png", Buffer = Photo });
        await staff.GetByPlaceholder("照片说明").FillAsync("小读者和家长合影");
        await staff.GetByLabel("照片中的人已同意公开").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(staff.GetByTestId("record-photos").Locator("figure")).ToContainTextAsync("公开");

        await staff.GetByRole(AriaRole.Textbox, new() { Name = "活动小结" }).FillAsync("12组家庭共读《小猪唏哩呼噜》，孩子们上台讲故事。");
        await staff.GetByLabel("在公开页面发布").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        var shared = await staff.GetByTestId("public-link").GetAttributeAsync("href");

        // A neighbour opens the link from the chat group on a phone, without an account signed in.
        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(shared!);
        await Expect(phone.GetByTestId("public-summary")).ToContainTextAsync("孩子们上台讲故事");
        var image = phone.GetByTestId("public-photos").GetByRole(AriaRole.Img, new() { Name = "小读者和家长合影" });
        await Expect(image).ToBeVisibleAsync();
        Assert.Equal(1, await image.EvaluateAsync<int>("img => img.naturalWidth"));
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the public page scrolls sideways by {overflow}px at 375px");

        // The next date of the series is one tap away; signing in brings the resident back to it.
        var next = phone.GetByTestId("public-next");
        await Expect(next).ToContainTextAsync("周末亲子读书会");
        await Expect(next).ToContainTextAsync(start.AddDays(7).ToString("M月d日 HH:mm"));
        await phone.GetByTestId("next-sign-up").ClickAsync();
        await phone.GetByLabel("用户名或手机号").FillAsync("jumin");
        await phone.GetByLabel("密码").FillAsync(LinliProcess.DemoPassword);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "周末亲子读书会" })).ToBeVisibleAsync();
        var me = phone.GetByTestId("standing").Locator("li").First;
        await me.GetByRole(AriaRole.Button, new() { Name = "报名" }).ClickAsync();
        await Expect(phone.GetByTestId("standing").Locator("li").First).ToContainTextAsync("已确认");
    }
}
