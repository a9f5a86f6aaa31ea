using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Exports;

namespace Linli.Tests.Modules.Residents;

public sealed class CommunityTagsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Only_tags_the_community_defined_are_accepted_and_a_tag_in_use_stays()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var resident = new { unitId = tree.UnitA, name = "楼长老周", gender = "Male", birthDate = "1955-03-03", tags = new[] { "楼栋长" } };

        var undefined = await (await staff.PostAsJsonAsync("/api/v1/residents", resident)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("本社区未定义标签“楼栋长”，请先在“标签管理”中添加。", undefined.GetProperty("errors").GetProperty("tags")[0].GetString());

        var builtIn = await (await staff.PostAsJsonAsync("/api/v1/residents/tags", new { communityId = tree.CommunityA, name = "空巢" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(builtIn.GetProperty("errors").TryGetProperty("name", out _));
        var tag = await (await staff.PostAsJsonAsync("/api/v1/residents/tags", new { communityId = tree.CommunityA, name = "楼栋长", description = "每栋一位，负责通知" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/v1/residents/tags", new { communityId = tree.CommunityA, name = "楼栋长" })).StatusCode);

        var created = await (await staff.PostAsJsonAsync("/api/v1/residents", resident)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Contains("楼栋长", created.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var listed = await (await staff.GetAsync($"/api/v1/residents/tags?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, listed[0].GetProperty("residents").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DeleteAsync($"/api/v1/residents/tags/{tag.GetProperty("id").GetInt32()}")).StatusCode);

        // Community B never defined it: the word means nothing there.
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await other.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitB, name = "乙居民", gender = "Male", birthDate = "1960-01-01", tags = new[] { "楼栋长" } })).StatusCode);
    }

    [Fact]
    public async Task An_import_with_an_undefined_tag_names_the_row_and_writes_nothing()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var file = Xlsx.Write("居民", ["姓名", "性别", "出生日期", "小区", "楼栋", "房号", "标签"],
        [
            ["甲", "男", "1960-01-01", "甲社区花园", "1栋", "101", "党员"],
            ["乙", "女", "1962-01-01", "甲社区花园", "1栋", "101", "新市民"],
        ]);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "居民.xlsx" } };
        var rejected = await (await staff.PostAsync($"/api/v1/residents/import?communityId={tree.CommunityA}", content)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(rejected.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("标签", error.GetProperty("column").GetString());
        var list = await (await staff.GetAsync($"/api/v1/residents?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }
}
