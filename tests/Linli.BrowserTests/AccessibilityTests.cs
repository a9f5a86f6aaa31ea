using System.Text.Json;
using Microsoft.Playwright;

namespace Linli.BrowserTests;

/// <summary>
/// The pages measured with a tool nobody on the team wrote: axe-core (npm, the build's node_modules) finds no serious
/// or critical WCAG 2.1 AA violation on the main console and portal pages; on the portal, where many residents are
/// elderly, every button and link styled as one is at least 44 × 44 px and body text at least 16 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(LinliProcess.RepositoryRoot(), "src", "Linli.Web", "node_modules", "axe-core", "axe.min.js"));

    [Theory]
    [InlineData("qingtong", "/console")]
    [InlineData("qingtong", "/console/residents")]
    [InlineData("qingtong", "/console/activities")]
    [InlineData("qingtong", "/console/assemblies/1")]
    [InlineData("zuzhang", "/console/assemblies/2/doors")]
    [InlineData("qingtong", "/console/contests/1")]
    [InlineData("qingtong", "/console/ledgers/1")]
    [InlineData("shegong", "/console/residents/care")]
    [InlineData("jumin", "/portal")]
    [InlineData("jumin", "/portal/activities")]
    [InlineData("jumin", "/portal/points")]
    [InlineData("jumin", "/portal/contests/1")]
    [InlineData("jumin", "/portal/assemblies/2")]
    public async Task No_serious_or_critical_violations(string user, string path)
    {
        var page = await fixture.NewPageAsync(width: path.StartsWith("/portal", StringComparison.Ordinal) ? 375 : 1280, height: 800);
        await SignInPage.SignInAsync(page, user, LinliProcess.DemoPassword);
        await page.GotoAsync(path);

        var violations = await ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{path}:\n{string.Join('\n', violations)}");
    }

    [Fact]
    public async Task A_residents_record_with_its_unmask_buttons_has_no_serious_violations()
    {
        var page = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(page, "qingtong", LinliProcess.DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "居民台账" }).ClickAsync();
        await page.GetByLabel("查找").FillAsync("刘建国");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "刘建国" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查看完整信息" }).First.WaitForAsync();

        var violations = await ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join('\n', violations)}");
    }

    [Theory]
    [InlineData("/portal")]
    [InlineData("/portal/activities")]
    [InlineData("/portal/contests/1")]
    public async Task Portal_tap_targets_and_text_are_large_enough(string path)
    {
        var page = await fixture.NewPageAsync(width: 375, height: 740);
        await SignInPage.SignInAsync(page, "jumin", LinliProcess.DemoPassword);
        await page.GotoAsync(path);

        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main .btn, main button, main input[type=submit]')]
                .filter(e => e.offsetParent !== null)
                .map(e => [e.textContent.trim(), e.getBoundingClientRect()])
                .filter(([, r]) => r.width < 44 || r.height < 44)
                .map(([t, r]) => `${t}: ${Math.round(r.width)} × ${Math.round(r.height)}`)
            """);
        var text = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main')).fontSize)");

        Assert.Empty(small);
        Assert.True(text >= 16, $"body text {text}px");
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        // Evaluated through the debugging protocol, which the pages' Content-Security-Policy does not govern.
        await page.EvaluateAsync(Axe);
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join(' | ')}`)
            """);
        return [.. found.EnumerateArray().Select(v => v.GetString()!)];
    }
}
