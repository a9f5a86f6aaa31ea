using Microsoft.Playwright;

namespace Linli.BrowserTests;

/// <summary>One Linli process and one headless Chromium (Debian's) shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public LinliProcess Linli { get; private set; } = default!;
    private IPlaywright playwright = default!;
    private IBrowser browser = default!;

    public async Task InitializeAsync()
    {
        Linli = await LinliProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("LINLI_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // This machine has no network beyond loopback: keep Chromium from reaching out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // A camera that always shows a book's label, and no permission prompt to click.
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={FakeCamera.Write(Linli.DataDirectory)}"],
        });
    }

    /// <summary>A fresh browser context (no cookies, or those of <paramref name="storageState"/>; an empty cache) at the given viewport, on a page at Linli's address.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string? storageState = null)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = Linli.BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN", StorageState = storageState,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await Linli.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
