using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Assemblies;

/// <summary>An owner voting from the portal with a receipt anyone can check, and the paper side: collectors, proxies, scans.</summary>
public sealed class BallotsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private static int[] ItemIds(JsonElement assembly) => [.. assembly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    /// <summary>赵六, on the register with a portal account, owns 205 (so the roll has her among its four owners).</summary>
    private async Task<HttpClient> OwnerAccountAsync(AssemblyWorld world)
    {
        var resident = await AResident("赵六").CreateAsync(world.Staff, world.Units["205"]);
        await AssemblyWorld.AddOwnerAsync(world.Staff, new { unitId = world.Units["205"], kind = "Person", residentId = resident });
        var userName = "o" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.Created, (await world.Staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = ResidentPassword })).StatusCode);
        return await factory.ClientForAsync(userName, ResidentPassword);
    }

    [Fact]
    public async Task An_owner_votes_online_once_keeps_a_receipt_and_anyone_holding_it_can_check_it_is_counted()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var owner = await OwnerAccountAsync(world);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"), ("续聘物业", "HireProperty"));
        var id = assembly.GetProperty("id").GetInt32();
        var items = ItemIds(assembly);
        Assert.Equal(0, (await (await owner.GetAsync("/api/v1/assemblies/mine")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        await world.OpenAsync(id);

        var mine = (await (await owner.GetAsync("/api/v1/assemblies/mine")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal((id, 30.00m, JsonValueKind.Null), (mine.GetProperty("id").GetInt32(), mine.GetProperty("area").GetDecimal(), mine.GetProperty("receipt").ValueKind));
        var choices = new { choices = items.Select(i => new { itemId = i, choice = "Agree" }) };
        var missing = await (await owner.PostAsJsonAsync($"/api/v1/assemblies/{id}/my-ballot", new { choices = new[] { new { itemId = items[0], choice = "Agree" } } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(missing.GetProperty("errors").TryGetProperty("choices", out _));
        var receipt = (await (await owner.PostAsJsonAsync($"/api/v1/assemblies/{id}/my-ballot", choices)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("receipt").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, (await owner.PostAsJsonAsync($"/api/v1/assemblies/{id}/my-ballot", choices)).StatusCode);
        var voter = mine.GetProperty("voterId").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict,
            (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(voter, "Paper", items, ["Against", "Against"]))).StatusCode);

        var after = (await (await owner.GetAsync("/api/v1/assemblies/mine")).ReadJsonAsync(HttpStatusCode.OK))[0];
        Assert.Equal((receipt, "Online"), (after.GetProperty("receipt").GetString(), after.GetProperty("channel").GetString()));
        var anyone = factory.CreateClient();
        var check = await (await anyone.GetAsync($"/api/v1/public/assemblies/{id}/receipts/{receipt.ToLowerInvariant()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((receipt, "Online"), (check.GetProperty("receipt").GetString(), check.GetProperty("channel").GetString()));
        Assert.False(check.TryGetProperty("voterId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/v1/public/assemblies/{id}/receipts/ABCDEFGHJK")).StatusCode);
        var result = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/result")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 30.00m), (result.GetProperty("participation").GetProperty("owners").GetInt32(), result.GetProperty("participation").GetProperty("area").GetDecimal()));

        // A resident who owns nothing in the compound is on no roll, and cannot vote in it.
        var tenant = await factory.ClientForAsync(await TenantAsync(world), ResidentPassword);
        Assert.Equal(0, (await (await tenant.GetAsync("/api/v1/assemblies/mine")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.PostAsJsonAsync($"/api/v1/assemblies/{id}/my-ballot", choices)).StatusCode);
    }

    private static async Task<string> TenantAsync(AssemblyWorld world)
    {
        var resident = await AResident("租户钱七").CreateAsync(world.Staff, world.Units["101"]);
        var userName = "t" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.Created, (await world.Staff.PostAsJsonAsync($"/api/v1/residents/{resident}/account", new { userName, password = ResidentPassword })).StatusCode);
        return userName;
    }

    [Fact]
    public async Task A_paper_ballot_keeps_its_collector_and_proxy_and_takes_its_scan_and_proxy_document_once()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"));
        var id = assembly.GetProperty("id").GetInt32();
        await world.OpenAsync(id);
        var items = ItemIds(assembly);
        var byProxy = new { voterId = await world.VoterOfAsync(id, "101"), channel = "DoorToDoor", collectedBy = "川大学生二组", proxyName = "张小三",
            choices = new[] { new { itemId = items[0], choice = "Agree" } } };
        var proxyBallot = (await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", byProxy)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var plain = (await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots",
            AssemblyWorld.BallotFor(await world.VoterOfAsync(id, "102"), "Paper", items, ["Against"]))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        static MultipartFormDataContent File(byte[] bytes) => new() { { new ByteArrayContent(bytes), "file", "ballot.pdf" } };
        var papers = $"/api/v1/assemblies/{id}/ballots";
        Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsync($"{papers}/{proxyBallot}/scan", File(Pdf))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsync($"{papers}/{proxyBallot}/scan", File(Pdf))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsync($"{papers}/{proxyBallot}/proxy-document", File(Pdf))).StatusCode);
        var noProxy = await (await world.Staff.PostAsync($"{papers}/{plain}/proxy-document", File(Pdf))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这张表决票不是委托他人代投的，不需要委托书。", noProxy.GetProperty("detail").GetString());
        var notPaper = await (await world.Staff.PostAsync($"{papers}/{plain}/scan", File("just text"u8.ToArray()))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notPaper.GetProperty("errors").TryGetProperty("file", out _));

        var lines = (await (await world.Staff.GetAsync(papers)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToDictionary(b => b.GetProperty("id").GetInt32());
        var line = lines[proxyBallot];
        Assert.Equal(("张三", "川大学生二组", "张小三", true, true), (line.GetProperty("voter").GetString(), line.GetProperty("collectedBy").GetString(),
            line.GetProperty("proxyName").GetString(), line.GetProperty("hasScan").GetBoolean(), line.GetProperty("hasProxyDocument").GetBoolean()));
        Assert.False(lines[plain].GetProperty("hasScan").GetBoolean());
        Assert.False(line.TryGetProperty("choices", out _));
        Assert.Equal(Pdf, await (await world.Staff.GetAsync($"{papers}/{proxyBallot}/scan")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_resident_account_not_yet_linked_to_the_register_sees_the_portal_and_no_assemblies()
    {
        var tree = await TestTree.CreateAsync(factory);
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), userName, "Resident", tree.CommunityA);
        var browser = await BrowserSession.SignInAsync(factory, userName, TestTree.Password);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal")).StatusCode);
        var page = await browser.GetAsync("/portal/assemblies");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("您目前不在任何业主大会的业主名册上。", await page.Content.ReadAsStringAsync());
    }
}
