using System.Net;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Identity;

/// <summary>
/// A resident account an administrator opened before the community linked it to a register entry: the portal's
/// pages open and say so instead of failing (each module's portal notes and lists skip what is not theirs yet).
/// </summary>
public sealed class UnlinkedResidentTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task An_account_not_yet_linked_to_the_register_opens_the_portal_and_is_told_to_ask_the_community()
    {
        var tree = await TestTree.CreateAsync(factory);
        var userName = $"unlinked{Guid.NewGuid():N}"[..16];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), userName, "Resident", tree.CommunityA);
        var pages = await BrowserSession.SignInAsync(factory, userName, TestTree.Password);

        foreach (var path in new[] { "/portal", "/portal/assemblies", "/portal/contests" })
            Assert.Equal((path, HttpStatusCode.OK), (path, (await pages.GetAsync(path)).StatusCode));
        var meetings = await pages.GetAsync("/portal/meetings");
        Assert.Equal(HttpStatusCode.OK, meetings.StatusCode);
        Assert.Contains("您的账号尚未关联社区登记信息，请联系社区工作人员。", WebUtility.HtmlDecode(await meetings.Content.ReadAsStringAsync()));
    }
}
