using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Exports;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Residents;

public sealed class ResidentImportTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "手机号", "小区", "楼栋", "房号", "与户主关系", "标签"];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int community, byte[] file, string name = "居民.xlsx")
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        return await client.PostAsync($"/api/v1/residents/import?communityId={community}", content);
    }

    [Fact]
    public async Task The_template_names_the_units_the_way_the_community_is_organized()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var response = await staff.GetAsync($"/api/v1/residents/import-template?communityId={tree.CommunityA}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = Xlsx.ReadFirstSheet(await response.Content.ReadAsStreamAsync())[0].Cells;
        Assert.Equal(["姓名", "性别", "出生日期", "身份证号", "手机号", "小区", "楼栋", "房号", "与户主关系", "入住日期", "标签", "备注"], header);
    }

    [Fact]
    public async Task A_clean_sheet_is_imported_into_households_by_unit()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var file = Xlsx.Write("居民", Headers,
        [
            ["张大爷", "", "", TestIds.Make(new DateOnly(1938, 5, 1), true), "13900001111", "甲社区花园", "1栋", "101", "户主", "空巢、党员"],
            ["张大妈", "女", "1940/2/3", "", "", "甲社区花园", "1栋", "101", "配偶", ""],
            ["李小明", "男", 45000m, "", "", "甲社区花园", "1栋", "102", "户主", "儿童"],
        ]);
        var result = await (await UploadAsync(staff, tree.CommunityA, file)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, result.GetProperty("imported").GetInt32());

        var list = await (await staff.GetAsync($"/api/v1/residents?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var zhang = items.Single(i => i.GetProperty("name").GetString() == "张大爷");
        Assert.Equal(items.Single(i => i.GetProperty("name").GetString() == "张大妈").GetProperty("householdId").GetInt32(), zhang.GetProperty("householdId").GetInt32());
        Assert.Contains("PartyMember", zhang.GetProperty("tags").ToString());
        Assert.Equal("1940-02-03", items.Single(i => i.GetProperty("name").GetString() == "张大妈").GetProperty("birthDate").GetString());
        // 45000 is how Excel stores a date cell: 2023-03-15.
        Assert.Equal("2023-03-15", items.Single(i => i.GetProperty("name").GetString() == "李小明").GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task An_import_with_a_progress_token_can_be_followed_by_its_uploader_only()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var rows = Enumerable.Range(1, 1500).Select(i => (IReadOnlyList<object?>)[$"居民{i}", i % 2 == 0 ? "女" : "男", "1980-01-01", "", "", "甲社区花园", "1栋", "102", "", ""]);
        var token = Guid.NewGuid().ToString("N");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Xlsx.Write("居民", Headers, rows)), "file", "居民.xlsx" } };
        var imported = await (await staff.PostAsync($"/api/v1/residents/import?communityId={tree.CommunityA}&progressToken={token}", content)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1500, imported.GetProperty("imported").GetInt32());

        var status = await (await staff.GetAsync($"/api/v1/residents/import/progress?token={token}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Done", status.GetProperty("phase").GetString());
        Assert.Equal(1500, status.GetProperty("rows").GetInt32());
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/residents/import/progress?token={token}")).StatusCode);
        // The console page polls with its own script.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/js/import-progress.js")).StatusCode);
    }

    [Fact]
    public async Task Any_bad_row_rejects_the_whole_file_with_each_problem_located()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var twice = TestIds.Make(new DateOnly(1950, 1, 1), true);
        var future = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");
        var file = Xlsx.Write("居民", Headers,
        [
            ["好人", "男", "1960-01-01", "", "", "甲社区花园", "1栋", "101", "", ""],
            ["错号", "", "", TestIds.Broken(TestIds.Make(new DateOnly(1970, 1, 1), true)), "", "甲社区花园", "1栋", "101", "", ""],
            ["未来", "女", future, "", "", "甲社区花园", "1栋", "101", "", ""],
            ["越界", "男", "1960-01-01", "", "", "乙社区花园", "1栋", "101", "", ""],
            ["重一", "", "", twice, "", "甲社区花园", "1栋", "102", "", ""],
            ["重二", "", "", twice, "", "甲社区花园", "1栋", "102", "", ""],
            ["坏电话", "男", "1960-01-01", "", "12345", "甲社区花园", "1栋", "102", "", ""],
        ]);
        var rejected = await (await UploadAsync(staff, tree.CommunityA, file)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var errors = rejected.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString())).ToList();
        Assert.Contains(errors, e => e is { Row: 3, Column: "身份证号" });
        Assert.Contains(errors, e => e is { Row: 4, Column: "出生日期" });
        Assert.Contains(errors, e => e.Row == 5 && e.Column == "小区" && e.Message!.Contains("乙社区花园"));
        Assert.Contains(errors, e => e.Row == 7 && e.Message!.Contains("第 6 行"));
        Assert.Contains(errors, e => e is { Row: 8, Column: "手机号" });
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Linli.Web.Modules.Residents.Resident>().CountAsync(r => r.CommunityId == tree.CommunityA)));
    }

    [Fact]
    public async Task A_person_already_in_the_register_is_not_imported_again()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var id = TestIds.Make(new DateOnly(1966, 6, 6), false);
        await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "已登记", idNumber = id })).ReadJsonAsync(HttpStatusCode.Created);
        var file = Xlsx.Write("居民", Headers, [["已登记", "", "", id, "", "甲社区花园", "1栋", "101", "", ""]]);
        var rejected = await (await UploadAsync(staff, tree.CommunityA, file)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已在本社区登记", rejected.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("text")]
    [InlineData("huge")]
    public async Task A_file_that_cannot_be_a_register_is_refused_with_a_reason(string kind)
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var file = kind switch
        {
            "empty" => [],
            "text" => "姓名,性别\n张三,男"u8.ToArray(),
            _ => new byte[50 * 1024 * 1024],
        };
        var problem = await (await UploadAsync(staff, tree.CommunityA, file, kind == "text" ? "居民.csv" : "居民.xlsx")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var message = problem.GetProperty("errors").GetProperty("file")[0].GetString()!;
        Assert.Matches(kind switch { "empty" => "空", "text" => "xlsx", _ => "MB" }, message);
    }

    [Fact]
    public async Task A_formula_is_refused_rather_than_imported_as_its_last_value()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var rejected = await (await UploadAsync(staff, tree.CommunityA, SheetWithFormula())).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(rejected.GetProperty("errors").EnumerateArray(), e => e.GetProperty("column").GetString() == "出生日期" && e.GetProperty("message").GetString()!.Contains("公式"));
    }

    [Fact]
    public async Task Exports_are_masked_unless_unmasked_with_a_reason_and_always_audited()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var id = TestIds.Make(new DateOnly(1944, 4, 4), true);
        await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "导出人", idNumber = id, phone = "13711112222" })).ReadJsonAsync(HttpStatusCode.Created);

        var masked = Xlsx.ReadFirstSheet(await (await staff.GetAsync($"/api/v1/residents/export?communityId={tree.CommunityA}")).Content.ReadAsStreamAsync());
        Assert.Equal(2, masked.Count);
        Assert.Equal($"{id[..6]}********{id[14..]}", masked[1][4]);
        Assert.Equal("137****2222", masked[1][5]);
        // Empty filters are no filters: the console's 导出 Excel button sends every filter, set or not.
        var unfiltered = await staff.GetAsync($"/api/v1/residents/export?communityId={tree.CommunityA}&regionId=&grade=&tag=&q=");
        Assert.Equal(HttpStatusCode.OK, unfiltered.StatusCode);
        var file = await unfiltered.Content.ReadAsByteArrayAsync();
        Assert.Equal(2, Xlsx.ReadFirstSheet(new MemoryStream(file)).Count);
        // 出生日期 is a date Excel and WPS sort and filter as one, not text.
        Assert.Equal((new DateTime(1944, 4, 4), "yyyy-mm-dd"), XlsxDates.DateAt(file, "C2"));
        var button = await (await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password)).GetAsync($"/console/residents/export.xlsx?communityId={tree.CommunityA}&regionId=&tag=&q=&grade=");
        Assert.Equal(HttpStatusCode.OK, button.StatusCode);
        Assert.Equal(2, Xlsx.ReadFirstSheet(await button.Content.ReadAsStreamAsync()).Count);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.GetAsync($"/api/v1/residents/export?communityId={tree.CommunityA}&unmasked=true")).StatusCode);
        var full = Xlsx.ReadFirstSheet(await (await staff.GetAsync($"/api/v1/residents/export?communityId={tree.CommunityA}&unmasked=true&reason=报送民政高龄补贴")).Content.ReadAsStreamAsync());
        Assert.Equal(id, full[1][4]);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "residents.exported-unmasked")));

        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var nothing = Xlsx.ReadFirstSheet(await (await other.GetAsync($"/api/v1/residents/export?communityId={tree.CommunityA}")).Content.ReadAsStreamAsync());
        Assert.Single(nothing);
    }

    private static byte[] SheetWithFormula()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            Cell Text(string reference, string text) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
            part.Worksheet = new Worksheet(new SheetData(
                new Row(Text("A1", "姓名"), Text("B1", "性别"), Text("C1", "出生日期"), Text("D1", "房号")) { RowIndex = 1 },
                new Row(Text("A2", "公式人"), Text("B2", "男"), new Cell { CellReference = "C2", CellFormula = new CellFormula("DATE(1950,1,1)"), CellValue = new CellValue("18264") }, Text("D2", "")) { RowIndex = 2 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "居民" }));
        }
        return memory.ToArray();
    }
}
