using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>What a page costs on a phone's connection: bytes received on the first visit (empty cache) and on the next.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserFixture fixture)
{
    private const int Kilobyte = 1024;

    [Theory]
    [InlineData("qingtong", "/console")]
    [InlineData("qingtong", "/console/activities")]
    [InlineData("jumin", "/portal")]
    [InlineData("jumin", "/portal/activities")]
    public async Task A_console_or_portal_page_is_at_most_60_KB_first_and_10_KB_the_next_time(string user, string path)
    {
        var page = await SignedInWithEmptyCacheAsync(user);

        var first = await WeighAsync(page, () => page.GotoAsync(path));
        var next = await WeighAsync(page, () => page.GotoAsync(path));

        Assert.True(first <= 60 * Kilobyte, $"{path}: {first} bytes on the first visit");
        Assert.True(next <= 10 * Kilobyte, $"{path}: {next} bytes on the next visit");
    }

    [Fact]
    public async Task A_chart_page_is_at_most_400_KB_first()
    {
        var list = await SignedInWithEmptyCacheAsync("qingtong");
        await list.GotoAsync("/console/surveys");
        var href = await list.GetByTestId("surveys-table").Locator("tr", new() { HasText = "青桐社区住户需求调查" })
            .GetByRole(AriaRole.Link, new() { Name = "结果" }).GetAttributeAsync("href");
        var page = await fixture.NewPageAsync(storageState: await list.Context.StorageStateAsync());

        var first = await WeighAsync(page, () => page.GotoAsync(href!));

        await Expect(page.Locator("[data-chart] svg").First).ToBeVisibleAsync();
        Assert.True(first <= 400 * Kilobyte, $"{href}: {first} bytes on the first visit");
    }

    /// <summary>Signed in through the form, then a new context with the same cookies and nothing cached.</summary>
    private async Task<IPage> SignedInWithEmptyCacheAsync(string user)
    {
        var signIn = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(signIn, user, LinliProcess.DemoPassword);
        await signIn.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return await fixture.NewPageAsync(storageState: await signIn.Context.StorageStateAsync());
    }

    /// <summary>
    /// The bytes the navigation brought over the network, as Chromium counts them (each request's encodedDataLength:
    /// headers and the body as sent, compressed). What the browser took from its cache costs nothing and counts nothing.
    /// </summary>
    private static async Task<long> WeighAsync(IPage page, Func<Task> navigate)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Network.enable");
        long total = 0;
        devTools.Event("Network.loadingFinished").OnEvent += (_, e) =>
            Interlocked.Add(ref total, (long)e!.Value.GetProperty("encodedDataLength").GetDouble());
        await navigate();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await devTools.DetachAsync();
        return Interlocked.Read(ref total);
    }
}
