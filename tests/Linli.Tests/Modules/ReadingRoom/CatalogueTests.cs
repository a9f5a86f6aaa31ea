using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Exports;

namespace Linli.Tests.Modules.ReadingRoom;

public sealed class CatalogueTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static MultipartFormDataContent Sheet(params string[][] rows) =>
        new() { { new ByteArrayContent(Xlsx.Write("图书目录", ["书名", "作者", "ISBN", "分类", "适读年龄", "条码"], rows.Select(r => (IReadOnlyList<object?>)r))), "file", "books.xlsx" } };

    [Fact]
    public async Task A_sheet_with_one_bad_row_imports_nothing_and_the_fixed_sheet_groups_copies_by_isbn()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        string[][] good =
        [
            ["猜猜我有多爱你", "山姆·麦克布雷尼", "978-7-5332-5766-8", "绘本", "3-6岁", "QT-1"],
            ["猜猜我有多爱你", "山姆·麦克布雷尼", "9787533257668", "绘本", "3-6岁", "QT-2"],
            ["平凡的世界", "路遥", "", "文学", "成人", "QT-3"],
        ];
        var bad = await (await staff.PostAsync($"/api/v1/reading-room/books/import?communityId={tree.CommunityA}",
            Sheet([.. good, ["坏行", "", "9787533257663", "", "幼儿", "QT-1"]]))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var errors = bad.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal(5, e.GetProperty("row").GetInt32()));
        Assert.Equal(["ISBN", "条码", "适读年龄"], errors.Select(e => e.GetProperty("column").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty((await (await staff.GetAsync($"/api/v1/reading-room/books?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());

        var done = await (await staff.PostAsync($"/api/v1/reading-room/books/import?communityId={tree.CommunityA}", Sheet(good))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, done.GetProperty("books").GetInt32());
        Assert.Equal(3, done.GetProperty("copies").GetInt32());
        var found = await (await staff.GetAsync($"/api/v1/reading-room/books?communityId={tree.CommunityA}&q=QT-2")).ReadJsonAsync(HttpStatusCode.OK);
        var book = Assert.Single(found.EnumerateArray());
        Assert.Equal("9787533257668", book.GetProperty("isbn").GetString());
        Assert.Equal(2, book.GetProperty("copies").GetArrayLength());
        Assert.Equal("Preschool", book.GetProperty("ageBand").GetString());
    }

    [Fact]
    public async Task A_barcode_names_one_copy_in_a_community_and_isbns_are_checked()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await CirculationTests.BookAsync(staff, tree.CommunityA, "甲书", "X-1");
        var taken = await (await staff.PostAsJsonAsync("/api/v1/reading-room/books", new { communityId = tree.CommunityA, title = "乙书", barcodes = new[] { "X-1" } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(taken.GetProperty("errors").TryGetProperty("barcodes", out _));
        var isbn = await (await staff.PostAsJsonAsync("/api/v1/reading-room/books", new { communityId = tree.CommunityA, title = "乙书", isbn = "9787533257663", barcodes = new[] { "X-2" } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(isbn.GetProperty("errors").TryGetProperty("isbn", out _));
        // ISBN-10 becomes its ISBN-13.
        var ten = await (await staff.PostAsJsonAsync("/api/v1/reading-room/books", new { communityId = tree.CommunityA, title = "乙书", isbn = "7-5332-5766-9", barcodes = new[] { "X-3" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("9787533257668", ten.GetProperty("isbn").GetString());
        // The same barcode is free in another community's reading room.
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        await CirculationTests.BookAsync(staffB, tree.CommunityB, "乙社区的书", "X-1");
    }

    [Fact]
    public async Task A_lost_copy_is_withdrawn_only_when_back_on_the_shelf_and_then_lends_no_more()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var book = (await CirculationTests.BookAsync(staff, tree.CommunityA, "草房子", "W-1", "W-2")).GetProperty("id").GetInt32();
        var reader = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "借书人", gender = "Male", birthDate = "1980-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync("/api/v1/reading-room/loans", new { communityId = tree.CommunityA, barcode = "W-1", borrowerId = reader })).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/reading-room/copies/withdraw?communityId={tree.CommunityA}";

        await (await staff.PostAsJsonAsync(url, new { barcode = "W-1", reason = "Lost" })).ReadJsonAsync(HttpStatusCode.Conflict);
        var noReason = await (await staff.PostAsJsonAsync(url, new { barcode = "W-2" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync(url, new { barcode = "W-2", reason = "Damaged" })).StatusCode);
        await (await staff.PostAsJsonAsync(url, new { barcode = "W-2", reason = "Damaged" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);

        var view = await (await staff.GetAsync($"/api/v1/reading-room/books/{book}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["W-1"], view.GetProperty("copies").EnumerateArray().Select(c => c.GetProperty("barcode").GetString()!).ToArray());
        var lend = await (await staff.PostAsJsonAsync("/api/v1/reading-room/loans", new { communityId = tree.CommunityA, barcode = "W-2", borrowerId = reader }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(lend.GetProperty("errors").TryGetProperty("barcode", out _));
    }
}
