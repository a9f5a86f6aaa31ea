using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Regions;

public sealed class RegionsApiTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_unit_keeps_its_exclusive_area_to_the_hundredth()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var id = await TestTree.CreateAsync(admin, tree.BuildingA, "Unit", "301", "301", 123.45m);
        var unit = await (await admin.GetAsync($"/api/v1/regions/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(123.45m, unit.GetProperty("exclusiveArea").GetDecimal());
        Assert.Equal("Unit", unit.GetProperty("kind").GetString());
        Assert.Equal(tree.BuildingA, unit.GetProperty("parentId").GetInt32());
    }

    [Theory]
    [InlineData(12.345, "exclusiveArea")]
    [InlineData(-3.0, "exclusiveArea")]
    [InlineData(null, "exclusiveArea")]
    public async Task A_unit_with_a_bad_area_is_refused_naming_the_field(double? area, string field)
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/regions",
            new { parentId = tree.BuildingA, kind = "Unit", name = "x", code = $"x{area}", exclusiveArea = (decimal?)area }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_tree_refuses_a_level_in_the_wrong_place_and_a_repeated_code()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var wrongLevel = await (await admin.PostAsJsonAsync("/api/v1/regions", new { parentId = tree.Street, kind = "Building", name = "1栋", code = "B1" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(wrongLevel.GetProperty("errors").TryGetProperty("kind", out _));

        var repeated = await (await admin.PostAsJsonAsync("/api/v1/regions", new { parentId = tree.BuildingA, kind = "Unit", name = "101室", code = "101", exclusiveArea = 50m }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(repeated.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task Children_are_listed_and_staff_can_extend_their_own_subtree()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var compound = await TestTree.CreateAsync(staff, tree.CommunityA, "Compound", "新建小区", "NEW");
        var children = await (await staff.GetAsync($"/api/v1/regions/{tree.CommunityA}/children")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([tree.CompoundA, compound], children.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).Order());

        var root = await staff.PostAsJsonAsync("/api/v1/regions", new { parentId = (int?)null, kind = "District", name = "别的区", code = "X" });
        Assert.Equal(HttpStatusCode.Forbidden, root.StatusCode);
    }

    [Fact]
    public async Task A_leaf_can_be_deleted_but_a_node_with_children_cannot()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/regions/{tree.BuildingA}")).StatusCode);
        var spare = await TestTree.CreateAsync(admin, tree.BuildingA, "Unit", "999", "999", 10m);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/regions/{spare}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/regions/{spare}")).StatusCode);
    }
}
