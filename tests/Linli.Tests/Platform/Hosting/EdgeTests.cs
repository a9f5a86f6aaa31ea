using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Hosting;

/// <summary>What every request meets at the edge: headers, cached assets, and values no field may hold.</summary>
public sealed partial class EdgeTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Pages_forbid_inline_script_framing_and_type_sniffing()
    {
        var response = await factory.CreateClient().GetAsync("/signin");

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Fact]
    public async Task Every_stylesheet_and_script_of_a_page_is_fingerprinted_cached_for_a_year_and_compressed()
    {
        var html = await factory.CreateClient().GetStringAsync("/signin");
        var assets = AssetLinks().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.Contains("bootstrap", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            var response = await factory.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(1), $"{asset}: {response.Headers.CacheControl}");
            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
            var plain = await factory.CreateClient().GetByteArrayAsync(asset);
            var sent = await response.Content.ReadAsByteArrayAsync();
            Assert.True(sent.Length < plain.Length, $"{asset}: {sent.Length} bytes sent for {plain.Length}");
        }
    }

    [Theory]
    [InlineData("王\u0000明")]
    [InlineData("王\uFFFF明")]
    [InlineData("王\u001b明")]
    public async Task A_name_with_control_or_non_characters_is_refused_under_its_field(string name)
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);

        var problem = await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name, gender = "Male", birthDate = "1950-01-01" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("含有不可见的控制字符", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task Line_breaks_and_tabs_in_notes_are_kept()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);

        var created = await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "王明", gender = "Male", birthDate = "1950-01-01", notes = "行一\r\n\t行二" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var detail = await (await staff.GetAsync($"/api/v1/residents/{created.GetProperty("id").GetInt32()}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("行一\r\n\t行二", detail.GetProperty("notes").GetString());
    }

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    public async Task A_date_in_the_query_outside_1890_to_2199_is_a_422_naming_it(string query, string field)
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);

        var problem = await (await staff.GetAsync($"/api/v1/activities/figures?communityId={tree.CommunityA}&{query}")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["日期须在 1890 年至 2199 年之间。"], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_activity_in_year_9999_is_refused_naming_both_times()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);

        var problem = await (await staff.PostAsJsonAsync("/api/v1/activities", new
        {
            communityId = tree.CommunityA, title = "远期活动", place = "活动室", capacity = 10, startsAt = "9999-06-01T10:00:00+08:00", endsAt = "9999-06-01T11:00:00+08:00",
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("startsAt", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("endsAt", out _), problem.ToString());
    }

    [Theory]
    [InlineData("0001-01-01", null, "birthDate")]
    [InlineData(null, "000000195001010011", "idNumber")]
    public async Task A_birth_year_of_0001_or_an_id_number_of_no_area_is_refused(string? birthDate, string? idBody, string field)
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var idNumber = idBody is null ? null : idBody[..17] + CheckCharacter(idBody[..17]);

        var problem = await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "王明", gender = "Male", birthDate, idNumber }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static char CheckCharacter(string first17) =>
        "10X98765432"[first17.Select((c, i) => (c - '0') * new[] { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }[i]).Sum() % 11];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    [GeneratedRegex("(?:href|src)=\"(/?(?:lib|css|js)/[^\"]+)\"")]
    private static partial Regex AssetLinks();
}
