using System.Net;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Exports;

/// <summary>Uploads that would cost the server dearly are refused before they are read, with a message under the file field.</summary>
public sealed class SheetLimitsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly Dictionary<string, string> BookHeaders = new()
    {
        ["A1"] = "书名", ["B1"] = "作者", ["C1"] = "ISBN", ["D1"] = "分类", ["E1"] = "适读年龄", ["F1"] = "条码",
    };

    [Fact]
    public async Task A_cell_far_to_the_right_is_refused_without_padding_the_row()
    {
        var (staff, community) = await StaffAsync();
        var sheet = SheetFiles.Cells(new Dictionary<string, string>(BookHeaders) { ["A2"] = "书", ["ZZZZZ2"] = "x" });

        var problem = await (await staff.PostAsync($"/api/v1/reading-room/books/import?communityId={community}", SheetFiles.Upload(sheet)))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["工作表超过 200 列，不是导入模板的格式。"], problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_zip_that_inflates_a_thousandfold_is_refused()
    {
        var (staff, community) = await StaffAsync();
        var bomb = SheetFiles.Bomb(SheetFiles.Cells(BookHeaders));
        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length} bytes");

        var problem = await (await staff.PostAsync($"/api/v1/reading-room/books/import?communityId={community}", SheetFiles.Upload(bomb)))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("文件解压后超过 512 MB 或压缩比异常", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task A_row_of_formulas_is_reported_not_dropped()
    {
        var (staff, community) = await StaffAsync();
        var sheet = SheetFiles.Cells(new Dictionary<string, string>(BookHeaders) { ["A2"] = "平凡的世界", ["F2"] = "QT-9" },
            new Dictionary<string, string> { ["A3"] = "A2", ["F3"] = "F2&\"-2\"" });

        var rejected = await (await staff.PostAsync($"/api/v1/reading-room/books/import?communityId={community}", SheetFiles.Upload(sheet)))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        var errors = rejected.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("message").GetString()!.Contains("公式")).ToList();
        Assert.Equal([("书名", 3), ("条码", 3)], errors.Select(e => (e.GetProperty("column").GetString(), e.GetProperty("row").GetInt32())).Order());
    }

    [Fact]
    public async Task The_region_import_refuses_a_far_cell_too()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var sheet = SheetFiles.Cells(new Dictionary<string, string> { ["A1"] = "小区", ["A2"] = "锦江苑", ["XFD2"] = "x" });

        var problem = await (await admin.PostAsync($"/api/v1/regions/{tree.CommunityA}/import", SheetFiles.Upload(sheet))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    private async Task<(HttpClient Staff, int Community)> StaffAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        return (await factory.ClientForAsync(tree.StaffA, TestTree.Password), tree.CommunityA);
    }
}
