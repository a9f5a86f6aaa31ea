using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Stewards;

/// <summary>Building stewards (楼门长): one per building at a time, living in it, with the households they call on.</summary>
public sealed class StewardsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task A_building_has_one_steward_at_a_time_who_lives_there_and_calls_on_its_households()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var flat102 = (await (await admin.GetAsync($"/api/v1/regions/{tree.BuildingA}/children")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "102").GetProperty("id").GetInt32();
        var wang = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staff, flat102);
        var zhou = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { communityId = tree.CommunityA, name = "周文华", gender = "Male", birthDate = "1960-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var elsewhere = await AResident("乙社区居民").CreateAsync(await factory.ClientForAsync(tree.StaffB, TestTree.Password), tree.UnitB);

        Task<HttpResponseMessage> Appoint(int regionId, int residentId) => staff.PostAsJsonAsync("/api/v1/stewards", new { regionId, residentId });
        var compound = await (await Appoint(tree.CompoundA, wang)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择本社区的一栋楼或一个单元。", compound.GetProperty("errors").GetProperty("regionId")[0].GetString());
        var notHere = await (await Appoint(tree.BuildingA, zhou)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("楼门长须住在这栋楼（单元）。", notHere.GetProperty("errors").GetProperty("residentId")[0].GetString());
        var theirs = await (await Appoint(tree.BuildingA, elsewhere)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("本社区没有这位在册居民。", theirs.GetProperty("errors").GetProperty("residentId")[0].GetString());
        var term = (await (await Appoint(tree.BuildingA, wang)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var second = await (await Appoint(tree.BuildingA, li)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这里已经有在任的楼门长。", second.GetProperty("detail").GetString());

        var households = await (await staff.GetAsync($"/api/v1/stewards/{term}/households")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("甲社区花园 1栋", households.GetProperty("place").GetString());
        Assert.Equal(["王秀英", "李桂兰"], households.GetProperty("households").EnumerateArray().SelectMany(h => h.GetProperty("members").EnumerateArray())
            .Select(m => m.GetString()));
        var list = await (await staff.GetAsync($"/api/v1/stewards?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("王秀英", 2), (list[0].GetProperty("steward").GetString(), list[0].GetProperty("households").GetInt32()));

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/stewards/{term}/end", new { })).StatusCode);
        await (await staff.PostAsJsonAsync($"/api/v1/stewards/{term}/end", new { })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await Appoint(tree.BuildingA, li)).ReadJsonAsync(HttpStatusCode.Created);
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        await (await other.GetAsync($"/api/v1/stewards/{term}/households")).ReadJsonAsync(HttpStatusCode.NotFound);
    }
}
