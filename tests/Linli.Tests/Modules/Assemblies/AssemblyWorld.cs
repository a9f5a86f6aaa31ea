using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Assemblies;

/// <summary>
/// A compound of community A (<see cref="TestTree"/>) whose owners exercise every counting rule: 张三 owns 101 and 201
/// (one owner, 188.50 m²), 李四 and 王五 co-own 102 and 202 (one owner, 141.80 m²), the developer still holds 203 and 204
/// (one owner, 170.10 m²), and nobody is registered for 205 (30.00 m²): four owners, 530.40 m² in all.
/// </summary>
public sealed record AssemblyWorld(TestTree Tree, int Compound, IReadOnlyDictionary<string, int> Units, HttpClient Staff)
{
    public const decimal TotalArea = 530.40m;

    public static async Task<AssemblyWorld> CreateAsync(LinliFactory factory)
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var compound = await TestTree.CreateAsync(admin, tree.CommunityA, "Compound", "议事花园", "YS");
        var one = await TestTree.CreateAsync(admin, compound, "Building", "1栋", "1");
        var two = await TestTree.CreateAsync(admin, compound, "Building", "2栋", "2");
        var units = new Dictionary<string, int>
        {
            ["101"] = await TestTree.CreateAsync(admin, one, "Unit", "101", "101", 88.50m),
            ["102"] = await TestTree.CreateAsync(admin, one, "Unit", "102", "102", 66.25m),
            ["201"] = await TestTree.CreateAsync(admin, two, "Unit", "201", "201", 100.00m),
            ["202"] = await TestTree.CreateAsync(admin, two, "Unit", "202", "202", 75.55m),
            ["203"] = await TestTree.CreateAsync(admin, two, "Unit", "203", "203", 120.10m),
            ["204"] = await TestTree.CreateAsync(admin, two, "Unit", "204", "204", 50.00m),
            ["205"] = await TestTree.CreateAsync(admin, two, "Unit", "205", "205", 30.00m),
        };
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var zhang = TestIds.Make(new DateOnly(1968, 5, 4), male: true);
        foreach (var unit in new[] { "101", "201" }) await AddOwnerAsync(staff, new { unitId = units[unit], kind = "Person", name = "张三", idNumber = zhang });
        foreach (var unit in new[] { "102", "202" })
        {
            await AddOwnerAsync(staff, new { unitId = units[unit], kind = "Person", name = "李四", share = 50 });
            await AddOwnerAsync(staff, new { unitId = units[unit], kind = "Person", name = "王五", share = 50 });
        }
        foreach (var unit in new[] { "203", "204" }) await AddOwnerAsync(staff, new { unitId = units[unit], kind = "Developer", name = "锦华置业有限公司" });
        return new AssemblyWorld(tree, compound, units, staff);
    }

    public static async Task AddOwnerAsync(HttpClient staff, object owner) =>
        await (await staff.PostAsJsonAsync("/api/v1/residents/owners", owner)).ReadJsonAsync(HttpStatusCode.Created);

    /// <summary>An assembly announced 20 days ago, voting from an hour ago for a week, with the given items.</summary>
    public async Task<JsonElement> NewAssemblyAsync(params (string Title, string Matter)[] items)
    {
        var now = DateTimeOffset.UtcNow;
        var response = await Staff.PostAsJsonAsync("/api/v1/assemblies", new
        {
            compoundId = Compound, title = "第一次业主大会", method = "Written", noticedOn = DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime).ToString("yyyy-MM-dd"),
            opensAt = now.AddHours(-1), closesAt = now.AddDays(7), items = items.Select(i => new { title = i.Title, matter = i.Matter }),
        });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public async Task<JsonElement> OpenAsync(int assembly) =>
        await (await Staff.PostAsync($"/api/v1/assemblies/{assembly}/open", null)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>The frozen roll's voter whose units include the given unit.</summary>
    public async Task<int> VoterOfAsync(int assembly, string unit)
    {
        var roll = await (await Staff.GetAsync($"/api/v1/assemblies/{assembly}/roll")).ReadJsonAsync(HttpStatusCode.OK);
        return roll.GetProperty("voters").EnumerateArray().Single(v => v.GetProperty("units").EnumerateArray().Any(u => u.GetInt32() == Units[unit])).GetProperty("id").GetInt32();
    }

    public static object BallotFor(int voter, string channel, IEnumerable<int> items, IEnumerable<string> choices) =>
        new { voterId = voter, channel, choices = items.Zip(choices).Select(p => new { itemId = p.First, choice = p.Second }) };
}
