using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Platform.Regions;

public sealed class RegionImportTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly string[] Headers = ["小区", "院落", "楼栋", "单元", "房号", "专有部分面积（㎡）"];

    [Fact]
    public async Task Importing_a_sheet_creates_the_missing_levels_and_the_units()
    {
        var tree = await TestTree.CreateAsync(factory);
        var file = Xlsx.Write("房屋", Headers,
        [
            ["甲社区花园", "", "1栋", "", "201", 90.10m],
            ["甲社区花园", "", "2栋", "1单元", "101", 75.5m],
            ["甲社区花园", "", "2栋", "1单元", "102", 75.55m],
            ["新苑", "东院", "1栋", "", "101", 60m],
        ]);
        var result = await ImportAsync(tree.CommunityA, file, HttpStatusCode.OK);
        Assert.Equal(4, result.GetProperty("unitsCreated").GetInt32());
        // 2栋, its 1单元, 新苑, 东院 and 新苑's 1栋; 甲社区花园 and its 1栋 already existed.
        Assert.Equal(5, result.GetProperty("nodesCreated").GetInt32());

        var units = await factory.WithDbAsync(db => db.Regions.Where(r => r.Kind == RegionKind.Unit && r.Path.StartsWith($"/{tree.District}/"))
            .Select(r => r.ExclusiveArea).ToListAsync());
        Assert.Equal(4 + 4, units.Count);
        Assert.Contains(75.55m, units);
    }

    [Fact]
    public async Task One_bad_row_writes_nothing_and_every_error_is_reported_with_row_and_column()
    {
        var tree = await TestTree.CreateAsync(factory);
        var before = await CountAsync();
        var file = Xlsx.Write("房屋", Headers,
        [
            ["甲社区花园", "", "3栋", "", "101", 80m],
            ["甲社区花园", "", "3栋", "", "101", 80m],
            ["甲社区花园", "", "", "", "102", 80m],
            ["甲社区花园", "", "3栋", "", "103", "八十"],
            ["甲社区花园", "", "1栋", "", "101", 70m],
        ]);
        var result = await ImportAsync(tree.CommunityA, file, HttpStatusCode.UnprocessableEntity);
        var errors = result.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "房号"), errors);          // repeats row 2
        Assert.Contains((4, "楼栋"), errors);          // building missing
        Assert.Contains((5, "专有部分面积（㎡）"), errors); // not a number
        Assert.Contains(errors, e => e.Row == 6);       // unit 101 of 1栋 already exists
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        using var content = new MultipartFormDataContent { { new ByteArrayContent("not excel"u8.ToArray()), "file", "x.xlsx" } };
        var response = await admin.PostAsync($"/api/v1/regions/{tree.CommunityA}/import", content);
        var problem = await response.ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Regions.CountAsync());

    private async Task<JsonElement> ImportAsync(int root, byte[] file, HttpStatusCode expected)
    {
        var admin = await factory.AdminAsync();
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var content = new MultipartFormDataContent { { bytes, "file", "units.xlsx" } };
        return await (await admin.PostAsync($"/api/v1/regions/{root}/import", content)).ReadJsonAsync(expected);
    }
}
