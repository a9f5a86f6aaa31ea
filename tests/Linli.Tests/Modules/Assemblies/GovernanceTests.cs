using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Assemblies;

/// <summary>A compound's own rules for its votes (parking, non-voters), its founding documents' versions, and its committee terms.</summary>
public sealed class GovernanceTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static int[] ItemIds(JsonElement assembly) => [.. assembly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    private static string Governance(AssemblyWorld world) => $"/api/v1/assemblies/compounds/{world.Compound}";

    /// <summary>张三 (101, 201) and the developer (203, 204) agree, 李四 and 王五 (102, 202) are against; the unregistered 205 does not vote.</summary>
    private static async Task VoteAsync(AssemblyWorld world, int id, int[] items)
    {
        foreach (var (unit, choice) in new[] { ("101", "Agree"), ("203", "Agree"), ("102", "Against") })
            await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(await world.VoterOfAsync(id, unit), "Paper", items,
                items.Select(_ => choice)))).ReadJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> CountAsync(AssemblyWorld world, int id)
    {
        await (await world.Staff.PostAsync($"/api/v1/assemblies/{id}/close", null)).ReadJsonAsync(HttpStatusCode.OK);
        return await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/count", new { counters = "计票员", readers = "唱票员", supervisors = "监督员" }))
            .ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Non_voters_follow_the_majority_only_with_the_covenants_clause_beside_the_raw_figures_and_as_frozen_at_opening()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var rules = $"{Governance(world)}/rules";
        var bare = await (await world.Staff.PutAsJsonAsync(rules, new { nonVotersFollowMajority = true })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("开启“未参与表决的计入多数票”须录入管理规约中的相应条款原文。", bare.GetProperty("errors").GetProperty("covenantClause")[0].GetString());
        const string clause = "第二十条 业主未参与表决的，视为同意已表决业主中多数人的意见。";
        await (await world.Staff.PutAsJsonAsync(rules, new { nonVotersFollowMajority = true, covenantClause = clause })).ReadJsonAsync(HttpStatusCode.OK);

        var assembly = await world.NewAssemblyAsync(("续聘物业", "HireProperty"), ("续筹维修资金", "RaiseMaintenanceFund"));
        var id = assembly.GetProperty("id").GetInt32();
        await world.OpenAsync(id);
        // Switched off after opening: this assembly keeps the rule it froze.
        await (await world.Staff.PutAsJsonAsync(rules, new { nonVotersFollowMajority = false })).ReadJsonAsync(HttpStatusCode.OK);
        await VoteAsync(world, id, ItemIds(assembly));

        var result = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/result")).ReadJsonAsync(HttpStatusCode.OK);
        var raw = result.GetProperty("items");
        Assert.Equal((2, 358.60m, true), (raw[0].GetProperty("agree").GetProperty("owners").GetInt32(), raw[0].GetProperty("agree").GetProperty("area").GetDecimal(),
            raw[0].GetProperty("passed").GetBoolean()));
        Assert.False(raw[1].GetProperty("passed").GetBoolean());
        var deemed = result.GetProperty("deemed");
        Assert.Equal((clause, 1, 30.00m), (deemed.GetProperty("clause").GetString(), deemed.GetProperty("nonVoters").GetProperty("owners").GetInt32(),
            deemed.GetProperty("nonVoters").GetProperty("area").GetDecimal()));
        var fund = deemed.GetProperty("items")[1];
        // 3 of 4 owners reach three quarters, 388.60 of 530.40 m² does not: the deemed figures change nothing here, and say so.
        Assert.Equal(("Agree", 3, 388.60m, false), (fund.GetProperty("majority").GetString(), fund.GetProperty("agree").GetProperty("owners").GetInt32(),
            fund.GetProperty("agree").GetProperty("area").GetDecimal(), fund.GetProperty("passed").GetBoolean()));

        var next = (await world.NewAssemblyAsync(("续聘物业", "HireProperty"))).GetProperty("id").GetInt32();
        await world.OpenAsync(next);
        Assert.Equal(JsonValueKind.Null, (await (await world.Staff.GetAsync($"/api/v1/assemblies/{next}/result")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("deemed").ValueKind);
    }

    [Fact]
    public async Task Parking_spaces_count_toward_the_area_only_where_the_compounds_rules_say_so()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var space = await TestTree.CreateAsync(admin, world.Compound, "ParkingSpace", "B1-018", "B1-018", 12.50m);
        var spaceOnly = await TestTree.CreateAsync(admin, world.Compound, "ParkingSpace", "B1-019", "B1-019", 13.00m);
        // 李四 and 王五 co-own the space as they co-own their flats: one owner.
        await AssemblyWorld.AddOwnerAsync(world.Staff, new { unitId = space, kind = "Person", name = "李四", share = 50 });
        await AssemblyWorld.AddOwnerAsync(world.Staff, new { unitId = space, kind = "Person", name = "王五", share = 50 });
        await AssemblyWorld.AddOwnerAsync(world.Staff, new { unitId = spaceOnly, kind = "Person", name = "孙八" });

        async Task<(int Owners, decimal Area, decimal CoOwners)> RollAsync()
        {
            var id = (await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"))).GetProperty("id").GetInt32();
            var roll = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/roll")).ReadJsonAsync(HttpStatusCode.OK);
            return (roll.GetProperty("owners").GetInt32(), roll.GetProperty("totalArea").GetDecimal(),
                roll.GetProperty("voters").EnumerateArray().Single(v => v.GetProperty("label").GetString() == "李四、王五").GetProperty("area").GetDecimal());
        }
        Assert.Equal((4, AssemblyWorld.TotalArea, 141.80m), await RollAsync());
        await (await world.Staff.PutAsJsonAsync($"{Governance(world)}/rules", new { parkingCounts = true })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((5, 555.90m, 154.30m), await RollAsync());
    }

    [Fact]
    public async Task Founding_documents_are_versioned_by_the_assemblies_that_adopted_them_and_terms_are_filed_and_handed_over_once()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var founding = await world.NewAssemblyAsync(("业主大会议事规则", "RulesOfProcedure"), ("管理规约", "ManagementCovenant"), ("业主委员会工作规则", "Other"),
            ("改建车棚", "ChangeCommonUse"));
        var id = founding.GetProperty("id").GetInt32();
        var items = ItemIds(founding);
        await world.OpenAsync(id);
        await VoteAsync(world, id, items);
        await CountAsync(world, id);

        var documents = $"{Governance(world)}/documents";
        var view = await (await world.Staff.GetAsync(Governance(world))).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["ManagementCovenant v1", "RulesOfProcedure v1"], view.GetProperty("documents").EnumerateArray()
            .Select(d => $"{d.GetProperty("kind").GetString()} v{d.GetProperty("version").GetInt32()}").Order());
        var working = await (await world.Staff.PostAsJsonAsync(documents, new { kind = "CommitteeWorkingRules", adoptedByAssemblyId = id, adoptedByItemId = items[2] }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, working.GetProperty("version").GetInt32());
        var failed = await (await world.Staff.PostAsJsonAsync(documents, new { kind = "CommitteeWorkingRules", adoptedByAssemblyId = id, adoptedByItemId = items[3] }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(failed.GetProperty("errors").TryGetProperty("adoptedByItemId", out _));
        var unsourced = await (await world.Staff.PostAsJsonAsync(documents, new { kind = "ManagementCovenant", effectiveOn = "2018-06-01" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(unsourced.GetProperty("errors").TryGetProperty("note", out _));
        var paper = await (await world.Staff.PostAsJsonAsync(documents, new { kind = "ManagementCovenant", effectiveOn = "2018-06-01", note = "2018年纸质版，存社区档案室" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, paper.GetProperty("version").GetInt32());
        var file = $"{documents}/{working.GetProperty("id").GetInt32()}/file";
        byte[] pdf = [.. "%PDF-1.4\n%%EOF"u8];
        Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsync(file, new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "rules.pdf" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsync(file, new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "rules.pdf" } })).StatusCode);
        Assert.Equal(pdf, await (await world.Staff.GetAsync(file)).Content.ReadAsByteArrayAsync());

        var terms = $"{Governance(world)}/terms";
        var twoDirectors = await (await world.Staff.PostAsJsonAsync(terms, new
        {
            number = 1, startsOn = "2026-12-01", endsOn = "2031-11-30", members = new[] { new { name = "罗琼英", role = "Director" }, new { name = "高明远", role = "Director" } },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("业主委员会只能有一名主任。", twoDirectors.GetProperty("errors").GetProperty("members")[0].GetString());
        var notElection = await (await world.Staff.PostAsJsonAsync(terms, new
        {
            number = 1, electedByAssemblyId = id, startsOn = "2026-12-01", endsOn = "2031-11-30", members = new[] { new { name = "罗琼英", role = "Director" } },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(notElection.GetProperty("errors").TryGetProperty("electedByAssemblyId", out _));
        var term = new { number = 1, startsOn = "2026-12-01", endsOn = "2031-11-30", members = new[] { new { name = "罗琼英", role = "Director" }, new { name = "高明远", role = "Member" } } };
        var termId = (await (await world.Staff.PostAsJsonAsync(terms, term)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsJsonAsync(terms, term)).StatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsJsonAsync($"{terms}/{termId}/filing", new { filedOn = today, filedWith = "七道堰街道办事处" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsJsonAsync($"{terms}/{termId}/filing", new { filedOn = today, filedWith = "七道堰街道办事处" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsJsonAsync($"{terms}/{termId}/handover", new { handedOverOn = today, note = "公章、档案、账册已移交" })).StatusCode);

        var recorded = (await (await world.Staff.GetAsync(Governance(world))).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("terms")[0];
        Assert.Equal(("七道堰街道办事处", "公章、档案、账册已移交", 2), (recorded.GetProperty("filedWith").GetString(), recorded.GetProperty("handoverNote").GetString(),
            recorded.GetProperty("members").GetArrayLength()));
        Assert.Equal("Director", recorded.GetProperty("members")[0].GetProperty("role").GetString());
    }
}
