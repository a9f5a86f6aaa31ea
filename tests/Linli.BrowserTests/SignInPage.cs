using Microsoft.Playwright;

namespace Linli.BrowserTests;

/// <summary>The sign-in form, as a person fills it.</summary>
public static class SignInPage
{
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("用户名或手机号").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }
}
