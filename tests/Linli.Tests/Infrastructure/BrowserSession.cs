using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Linli.Tests.Infrastructure;

/// <summary>A cookie-holding client signed in through the real sign-in form, as a browser would be.</summary>
public static class BrowserSession
{
    public static async Task<HttpClient> SignInAsync(LinliFactory factory, string userName, string password, CookieContainer? cookies = null)
    {
        // With a container of the caller's, the test can read or copy the cookies (a stolen cookie, say).
        var client = cookies is null
            ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
            : factory.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        var form = await client.GetStringAsync("/signin");
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.Login"] = userName,
            ["Input.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string AntiforgeryToken(string html)
    {
        const string marker = "name=\"__RequestVerificationToken\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
