using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PortalTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    public async Task The_portal_fits_a_375_pixel_phone(string path)
    {
        var page = await fixture.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync(path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 375px");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "邻里 · 居民服务" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_resident_signs_in_on_a_phone()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await page.GetByLabel("用户名或手机号").FillAsync("shegong");
        await page.GetByLabel("密码").FillAsync(LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/console", page.Url, StringComparison.Ordinal);
    }
}
