using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>Arranging a benchmark through the API as an administrator would: regions, users, bearer tokens, created ids.</summary>
internal static class BenchApi
{
    public const string Password = "Bench-pass-2026";

    public static async Task<int> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> RegionAsync(HttpClient admin, int? parentId, string kind, string name, string code) =>
        await IdAsync(await admin.PostAsJsonAsync("/api/v1/regions", new { parentId, kind, name, code }));

    public static async Task UserAsync(HttpClient admin, string userName, string role, int region) =>
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName, password = Password, displayName = userName, roles = new[] { role }, regionIds = new[] { region } }))
        .EnsureSuccessStatusCode();

    /// <summary>
    /// A district with one street of <paramref name="count"/> communities, the street's officer ("streetbench") and the
    /// first community's staff ("communitybench").
    /// </summary>
    public static async Task<List<int>> StreetAsync(HttpClient admin, int count)
    {
        var district = await RegionAsync(admin, null, "District", "基准区", "B510107");
        var street = await RegionAsync(admin, district, "Street", "基准街道", "B1");
        var communities = new List<int>();
        for (var c = 1; c <= count; c++) communities.Add(await RegionAsync(admin, street, "Community", $"基准社区{c}", $"C{c}"));
        await UserAsync(admin, "streetbench", "StreetOfficer", street);
        await UserAsync(admin, "communitybench", "CommunityStaff", communities[0]);
        return communities;
    }

    public static async Task<HttpClient> TokenAsync(BenchHost host, string userName)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
