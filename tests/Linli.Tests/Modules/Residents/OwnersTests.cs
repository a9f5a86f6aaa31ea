using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Residents;

public sealed class OwnersTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static Task<HttpResponseMessage> AddAsync(HttpClient staff, object body) => staff.PostAsJsonAsync("/api/v1/residents/owners", body);

    private static async Task<List<JsonElement>> OwnersOfAsync(HttpClient staff, string query) =>
        [.. (await (await staff.GetAsync($"/api/v1/residents/owners?{query}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()];

    [Fact]
    public async Task Co_owners_share_a_unit_and_their_shares_cannot_pass_100_percent()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var husband = TestIds.Make(new DateOnly(1970, 2, 3), male: true);
        var first = await (await AddAsync(staff, new { unitId = tree.UnitA, kind = "Person", name = "周建国", idNumber = husband, phone = "13900001111", share = 50 }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{husband[..6]}********{husband[14..]}", first.GetProperty("idNumberMasked").GetString());
        Assert.Equal("139****1111", first.GetProperty("phoneMasked").GetString());
        await (await AddAsync(staff, new { unitId = tree.UnitA, kind = "Person", name = "吴秀珍", share = 50 })).ReadJsonAsync(HttpStatusCode.Created);

        var over = await (await AddAsync(staff, new { unitId = tree.UnitA, kind = "Person", name = "第三人", share = 10 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(over.GetProperty("errors").TryGetProperty("share", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await AddAsync(staff, new { unitId = tree.UnitA, kind = "Person", name = "周建国", idNumber = husband })).StatusCode);

        var owners = await OwnersOfAsync(staff, $"unitId={tree.UnitA}");
        Assert.Equal(["周建国", "吴秀珍"], owners.Select(o => o.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_resident_who_owns_two_units_is_found_by_the_link_and_by_the_id_number()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var admin = await factory.AdminAsync();
        var secondUnit = await TestTree.CreateAsync(admin, tree.BuildingA, "Unit", "801", "u" + Guid.NewGuid().ToString("N")[..6], 120m);
        var idNumber = TestIds.Make(new DateOnly(1965, 8, 8), male: true);
        var resident = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "陈志明", idNumber }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        await (await AddAsync(staff, new { unitId = tree.UnitA, residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);
        // The second unit's deed was typed in by hand, with the same ID number.
        await (await AddAsync(staff, new { unitId = secondUnit, kind = "Person", name = "陈志明", idNumber })).ReadJsonAsync(HttpStatusCode.Created);

        var owned = await OwnersOfAsync(staff, $"residentId={resident}");
        Assert.Equal([tree.UnitA, secondUnit], owned.Select(o => o.GetProperty("unitId").GetInt32()).Order());
    }

    [Fact]
    public async Task Developer_units_carry_a_credit_code_and_an_ended_ownership_leaves_the_list_but_not_the_history()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var badCode = await (await AddAsync(staff, new { unitId = tree.UnitA, kind = "Developer", name = "锦城置业有限公司", creditCode = "123" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(badCode.GetProperty("errors").TryGetProperty("creditCode", out _));
        var developer = await (await AddAsync(staff, new { unitId = tree.UnitA, kind = "Developer", name = "锦城置业有限公司", creditCode = "91510100MA6C1234XY" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var ended = await staff.DeleteAsync($"/api/v1/residents/owners/{developer.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Empty(await OwnersOfAsync(staff, $"unitId={tree.UnitA}"));
        var history = await OwnersOfAsync(staff, $"unitId={tree.UnitA}&includeEnded=true");
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(history).GetProperty("endedOn").ValueKind);
    }
}
