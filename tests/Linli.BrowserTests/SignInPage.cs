using Microsoft.Playwright;

namespace Linli.BrowserTests;

/// <summary>The sign-in form, as a person fills it.</summary>
public static class SignInPage
{
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/signin");
        await FillAsync(page, userName, password);
    }

    /// <summary>Signs in on the form already open (reached from a page's "sign in" link, which returns there).</summary>
    public static async Task FillAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("用户名或手机号").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }
}
