using System.Net.Http.Json;
using System.Text.Json;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// Two communities under one street, each with a compound, a building and two units, and a staff
/// member for each: the smallest world in which one community's data can leak to another's staff.
/// </summary>
public sealed record TestTree(int District, int Street, int CommunityA, int CompoundA, int BuildingA, int UnitA,
    int CommunityB, int CompoundB, int UnitB, string StaffA, string StaffB)
{
    public const string Password = "Staff-pass-2026";

    public static async Task<TestTree> CreateAsync(LinliFactory factory)
    {
        var admin = await factory.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var district = await CreateAsync(admin, null, "District", "测试区", $"D{tag}");
        var street = await CreateAsync(admin, district, "Street", "测试街道", "S1");
        var (communityA, compoundA, buildingA, unitA) = await CommunityAsync(admin, street, "甲社区", "CA");
        var (communityB, compoundB, _, unitB) = await CommunityAsync(admin, street, "乙社区", "CB");
        var staffA = $"staffa{tag}";
        var staffB = $"staffb{tag}";
        await CreateUserAsync(admin, staffA, "CommunityStaff", communityA);
        await CreateUserAsync(admin, staffB, "CommunityStaff", communityB);
        return new TestTree(district, street, communityA, compoundA, buildingA, unitA, communityB, compoundB, unitB, staffA, staffB);
    }

    private static async Task<(int Community, int Compound, int Building, int Unit)> CommunityAsync(HttpClient admin, int street, string name, string code)
    {
        var community = await CreateAsync(admin, street, "Community", name, code);
        var compound = await CreateAsync(admin, community, "Compound", name + "花园", code + "-1");
        var building = await CreateAsync(admin, compound, "Building", "1栋", "1");
        var unit = await CreateAsync(admin, building, "Unit", "101", "101", 88.50m);
        await CreateAsync(admin, building, "Unit", "102", "102", 66.25m);
        return (community, compound, building, unit);
    }

    public static async Task<int> CreateAsync(HttpClient client, int? parentId, string kind, string name, string code, decimal? exclusiveArea = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/regions", new { parentId, kind, name, code, exclusiveArea });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Creating {kind} {name}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    public static async Task CreateUserAsync(HttpClient admin, string userName, string role, int region, string? phone = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { userName, password = Password, displayName = userName, roles = new[] { role }, regionIds = new[] { region }, phone });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Creating user {userName}: {await response.Content.ReadAsStringAsync()}");
    }
}
