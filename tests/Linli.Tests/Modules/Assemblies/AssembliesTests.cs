using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Assemblies;

public sealed class AssembliesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static int[] ItemIds(JsonElement assembly) => [.. assembly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    [Fact]
    public async Task The_roll_counts_one_buyer_co_owners_and_the_developer_each_once_with_the_sum_of_their_areas()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"));
        var id = assembly.GetProperty("id").GetInt32();

        var preview = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/roll")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(preview.GetProperty("frozen").GetBoolean());
        await world.OpenAsync(id);
        var roll = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/roll")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(roll.GetProperty("frozen").GetBoolean());
        Assert.Equal(4, roll.GetProperty("owners").GetInt32());
        Assert.Equal(AssemblyWorld.TotalArea, roll.GetProperty("totalArea").GetDecimal());
        Assert.Equal("530.40", roll.GetProperty("totalArea").GetRawText());
        Assert.Equal(1, roll.GetProperty("unregistered").GetInt32());
        var voters = roll.GetProperty("voters").EnumerateArray()
            .ToDictionary(v => v.GetProperty("label").GetString()!, v => (Units: string.Join(',', v.GetProperty("units").EnumerateArray().Select(u => u.GetInt32()).Order()), Area: v.GetProperty("area").GetDecimal()));
        var u = world.Units;
        Assert.Equal(($"{u["101"]},{u["201"]}", 188.50m), voters["张三"]);
        Assert.Equal(($"{u["102"]},{u["202"]}", 141.80m), voters["李四、王五"]);
        Assert.Equal(($"{u["203"]},{u["204"]}", 170.10m), voters["锦华置业有限公司"]);
        Assert.Equal(($"{u["205"]}", 30.00m), voters["（未登记业主）"]);
    }

    [Fact]
    public async Task An_item_takes_its_rule_from_its_matter_and_a_notice_under_15_days_is_refused()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("使用维修资金更换电梯", "UseMaintenanceFund"), ("续筹维修资金", "RaiseMaintenanceFund"),
            ("改建车棚为活动室", "ChangeCommonUse"), ("拆除重建", "Rebuild"), ("选举委员张三", "ElectCommittee"));
        Assert.Equal(["Majority", "ThreeQuarters", "ThreeQuarters", "ThreeQuarters", "Majority"],
            assembly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("rule").GetString()));

        var now = DateTimeOffset.UtcNow;
        var late = await world.Staff.PostAsJsonAsync("/api/v1/assemblies", new
        {
            compoundId = world.Compound, title = "临时大会", method = "Meeting", noticedOn = DateOnly.FromDateTime(now.AddHours(8).AddDays(-10).UtcDateTime),
            opensAt = now.AddDays(4), closesAt = now.AddDays(6), items = new[] { new { title = "管理规约", matter = "ManagementCovenant" } },
        });
        var problem = await late.ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("业主大会须至少提前 15 天公告（《物业管理条例》第十四条）。", problem.GetProperty("errors").GetProperty("noticedOn")[0].GetString());
        var hidden = await world.Staff.PostAsJsonAsync("/api/v1/assemblies", new
        {
            compoundId = world.Compound, title = "临时大会", method = "Meeting", noticedOn = DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime),
            opensAt = now.AddDays(4), closesAt = now.AddDays(6), items = new[] { new { title = "管理\u0007规约", matter = "ManagementCovenant" } },
        });
        Assert.True((await hidden.ReadJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("items[0].title", out _));
        Assert.Equal(1, (await (await world.Staff.GetAsync($"/api/v1/assemblies?compoundId={world.Compound}")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task The_count_applies_two_thirds_participation_and_each_items_rule_to_owners_and_area_alike()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"), ("续筹维修资金", "RaiseMaintenanceFund"), ("选聘物业", "HireProperty"));
        var id = assembly.GetProperty("id").GetInt32();
        var items = ItemIds(assembly);
        await world.OpenAsync(id);

        var receipts = new List<string>();
        foreach (var (unit, channel, choices) in new[]
        {
            ("101", "Paper", new[] { "Agree", "Agree", "Agree" }),
            ("102", "DoorToDoor", new[] { "Agree", "Against", "Against" }),
            ("203", "Meeting", new[] { "Abstain", "Abstain", "Abstain" }),
        })
        {
            var ballot = await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots",
                AssemblyWorld.BallotFor(await world.VoterOfAsync(id, unit), channel, items, choices))).ReadJsonAsync(HttpStatusCode.Created);
            receipts.Add(ballot.GetProperty("receipt").GetString()!);
        }
        Assert.Equal(3, receipts.Distinct().Count());

        var result = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/result")).ReadJsonAsync(HttpStatusCode.OK);
        var participation = result.GetProperty("participation");
        // 3 of 4 owners (3 × 3 ≥ 2 × 4) and 500.40 of 530.40 m²: valid.
        Assert.Equal((3, 500.40m, 4, 530.40m, true), (participation.GetProperty("owners").GetInt32(), participation.GetProperty("area").GetDecimal(),
            participation.GetProperty("totalOwners").GetInt32(), participation.GetProperty("totalArea").GetDecimal(), participation.GetProperty("reached").GetBoolean()));
        var outcome = result.GetProperty("items").EnumerateArray().ToList();
        // The covenant: 2 of 3 owners and 330.30 of 500.40 m² agree, more than half of both.
        Assert.Equal((2, 330.30m, true), (outcome[0].GetProperty("agree").GetProperty("owners").GetInt32(), outcome[0].GetProperty("agree").GetProperty("area").GetDecimal(),
            outcome[0].GetProperty("passed").GetBoolean()));
        // Raising the fund needs three quarters: 1 owner of 3 is not.
        Assert.Equal(("ThreeQuarters", 1, 141.80m, 170.10m, false), (outcome[1].GetProperty("rule").GetString(), outcome[1].GetProperty("agree").GetProperty("owners").GetInt32(),
            outcome[1].GetProperty("against").GetProperty("area").GetDecimal(), outcome[1].GetProperty("abstain").GetProperty("area").GetDecimal(), outcome[1].GetProperty("passed").GetBoolean()));
        // The property company: neither area (188.50 of 500.40 is not more than half) nor owners (1 of 3) agree: not hired.
        Assert.False(outcome[2].GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Bad_ballots_are_refused_naming_the_field_and_write_nothing()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"), ("议事规则", "RulesOfProcedure"));
        var other = await world.NewAssemblyAsync(("聘请物业", "HireProperty"));
        var id = assembly.GetProperty("id").GetInt32();
        var items = ItemIds(assembly);
        await world.OpenAsync(id);
        await world.OpenAsync(other.GetProperty("id").GetInt32());
        var voter = await world.VoterOfAsync(id, "101");
        var otherVoter = await world.VoterOfAsync(other.GetProperty("id").GetInt32(), "101");

        async Task<JsonElement> RefusedAsync(object ballot) =>
            (await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", ballot)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");

        Assert.True((await RefusedAsync(AssemblyWorld.BallotFor(otherVoter, "Paper", items, ["Agree", "Agree"]))).TryGetProperty("voterId", out _));
        Assert.True((await RefusedAsync(AssemblyWorld.BallotFor(voter, "Paper", [items[0], ItemIds(other)[0]], ["Agree", "Agree"]))).TryGetProperty("choices[1].itemId", out _));
        Assert.Equal("表决票缺少对“议事规则”的意见。", (await RefusedAsync(AssemblyWorld.BallotFor(voter, "Paper", [items[0]], ["Agree"]))).GetProperty("choices")[0].GetString());
        Assert.True((await RefusedAsync(new { voterId = voter, channel = "Paper", choices = new[] { new { itemId = items[0], choice = "Agree" }, new { itemId = items[0], choice = "Against" } } }))
            .TryGetProperty("choices[1].itemId", out _));

        var result = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/result")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, result.GetProperty("participation").GetProperty("owners").GetInt32());
    }

    [Fact]
    public async Task One_owner_one_ballot_and_none_outside_the_window()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"));
        var id = assembly.GetProperty("id").GetInt32();
        var items = ItemIds(assembly);
        var early = await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", new { voterId = 1, channel = "Paper", choices = new[] { new { itemId = items[0], choice = "Agree" } } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(early.GetProperty("errors").TryGetProperty("voterId", out _));
        await world.OpenAsync(id);
        var voter = await world.VoterOfAsync(id, "201");

        // Many hands enter the same owner's ballot at once: the database keeps one.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
            (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(voter, "DoorToDoor", items, ["Agree"]))).StatusCode));
        Assert.Equal(1, answers.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(11, answers.Count(s => s == HttpStatusCode.Conflict));

        await (await world.Staff.PostAsync($"/api/v1/assemblies/{id}/close", null)).ReadJsonAsync(HttpStatusCode.OK);
        var late = await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(await world.VoterOfAsync(id, "102"), "Paper", items, ["Agree"]));
        Assert.Equal("业主大会表决已结束。", (await late.ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var result = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/result")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, "Closed"), (result.GetProperty("participation").GetProperty("owners").GetInt32(), result.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Opening_freezes_the_roll_and_later_ownership_changes_reach_only_the_next_assembly()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var first = (await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"))).GetProperty("id").GetInt32();
        await world.OpenAsync(first);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsync($"/api/v1/assemblies/{first}/open", null)).StatusCode);

        await AssemblyWorld.AddOwnerAsync(world.Staff, new { unitId = world.Units["205"], kind = "Person", name = "赵六" });
        var frozen = await (await world.Staff.GetAsync($"/api/v1/assemblies/{first}/roll")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains("（未登记业主）", frozen.GetProperty("voters").EnumerateArray().Select(v => v.GetProperty("label").GetString()));

        var next = (await world.NewAssemblyAsync(("议事规则", "RulesOfProcedure"))).GetProperty("id").GetInt32();
        await world.OpenAsync(next);
        var roll = await (await world.Staff.GetAsync($"/api/v1/assemblies/{next}/roll")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains("赵六", roll.GetProperty("voters").EnumerateArray().Select(v => v.GetProperty("label").GetString()));
        Assert.Equal(0, roll.GetProperty("unregistered").GetInt32());
    }

    [Fact]
    public async Task Roles_and_communities_reach_only_what_they_should()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var id = (await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"))).GetProperty("id").GetInt32();
        await world.OpenAsync(id);
        var admin = await factory.AdminAsync();
        var leader = $"leader{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(admin, leader, "GroupLeader", world.Tree.CommunityA);
        var leaderClient = await factory.ClientForAsync(leader, TestTree.Password);
        var otherStaff = await factory.ClientForAsync(world.Tree.StaffB, TestTree.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/v1/assemblies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/api/v1/assemblies/{id}/result")).StatusCode);
        Assert.Empty((await (await otherStaff.GetAsync("/api/v1/assemblies")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/assemblies/{id}")).StatusCode);

        // A group leader's volunteers collect ballots: the roll and the ballots, not the assembly itself.
        Assert.Equal(HttpStatusCode.Forbidden, (await leaderClient.PostAsync($"/api/v1/assemblies/{id}/close", null)).StatusCode);
        var voter = (await (await leaderClient.GetAsync($"/api/v1/assemblies/{id}/roll")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("voters")[0].GetProperty("id").GetInt32();
        var item = (await (await leaderClient.GetAsync($"/api/v1/assemblies/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await leaderClient.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(voter, "DoorToDoor", [item], ["Agree"]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(voter, "Paper", [item], ["Agree"]))).StatusCode);
    }

    [Fact]
    public async Task After_closing_the_count_is_signed_off_with_its_fingerprint_and_published_for_the_compound_without_names()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"));
        var id = assembly.GetProperty("id").GetInt32();
        var items = ItemIds(assembly);
        await world.OpenAsync(id);
        foreach (var (unit, choice) in new[] { ("101", "Agree"), ("102", "Agree"), ("203", "Against") })
            await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(await world.VoterOfAsync(id, unit), "Paper", items, [choice])))
                .ReadJsonAsync(HttpStatusCode.Created);
        var session = new { counters = "计票员甲、计票员乙", readers = "唱票员丙", supervisors = "居务监督委员会 监督员丁" };
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/count", session)).StatusCode);

        await (await world.Staff.PostAsync($"/api/v1/assemblies/{id}/close", null)).ReadJsonAsync(HttpStatusCode.OK);
        var count = await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/count", session)).ReadJsonAsync(HttpStatusCode.Created);
        var hash = count.GetProperty("resultHash").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/count", session)).StatusCode);
        var audit = await (await (await factory.AdminAsync()).GetAsync("/api/v1/audit?action=assembly.counted")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("summary").GetString() == $"result sha256={hash}");

        var anyone = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/p/assemblies/{id}")).StatusCode);
        Assert.True((await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/publish", new { displayDays = 10 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("displayDays", out _));
        var published = await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/publish", new { })).ReadJsonAsync(HttpStatusCode.OK);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Equal(today.AddDays(15).ToString("yyyy-MM-dd"), published.GetProperty("displayUntil").GetString());

        var page = System.Net.WebUtility.HtmlDecode(await (await anyone.GetAsync($"/p/assemblies/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("议事花园 · 第一次业主大会", page);
        Assert.Contains("已表决业主 3 / 4 人", page);
        Assert.Contains("计票员甲、计票员乙", page);
        Assert.Contains(hash[..16], page);
        foreach (var owner in new[] { "张三", "李四", "王五", "锦华置业" }) Assert.DoesNotContain(owner, page);

        // The notice to print opens in LibreOffice with the result, the rule and the display period, and no owner.
        var notice = await world.Staff.GetAsync($"/api/v1/assemblies/{id}/notice.docx");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var text = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await notice.Content.ReadAsByteArrayAsync(), "notice.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains("议事花园业主大会表决结果公告", text);
        Assert.Contains("管理规约", text);
        Assert.Contains("面积和人数均过半数同意", text);
        Assert.Contains("2 人 / 330.30 ㎡", text);
        Assert.Contains($"至 {today.AddDays(15):yyyy年M月d日}", text);
        foreach (var owner in new[] { "张三", "李四", "王五", "锦华置业" }) Assert.DoesNotContain(owner, text);
    }

    [Fact]
    public async Task An_election_opens_only_once_the_rules_of_procedure_passed_and_were_counted()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var election = (await world.NewAssemblyAsync(("选举张三为业主委员会委员", "ElectCommittee"))).GetProperty("id").GetInt32();
        var refused = await (await world.Staff.PostAsync($"/api/v1/assemblies/{election}/open", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("本小区尚未通过业主大会议事规则，不能开启选举：请先召开业主大会表决议事规则（计票签字后生效）。", refused.GetProperty("detail").GetString());

        var rules = await world.NewAssemblyAsync(("业主大会议事规则", "RulesOfProcedure"));
        var id = rules.GetProperty("id").GetInt32();
        await world.OpenAsync(id);
        foreach (var unit in new[] { "101", "102", "203" })
            await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(await world.VoterOfAsync(id, unit), "Paper", ItemIds(rules), ["Agree"])))
                .ReadJsonAsync(HttpStatusCode.Created);
        await (await world.Staff.PostAsync($"/api/v1/assemblies/{id}/close", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsync($"/api/v1/assemblies/{election}/open", null)).StatusCode);

        await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/count", new { counters = "计票员", readers = "唱票员", supervisors = "监督员" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Open", (await world.OpenAsync(election)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_door_to_door_list_keeps_each_knock_and_drops_an_owner_once_their_ballot_is_in()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var assembly = await world.NewAssemblyAsync(("管理规约", "ManagementCovenant"));
        var id = assembly.GetProperty("id").GetInt32();
        await world.OpenAsync(id);
        var zhang = await world.VoterOfAsync(id, "101");

        await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/attempts", new { voterId = zhang, outcome = "NotHome" })).ReadJsonAsync(HttpStatusCode.Created);
        var line = await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/attempts", new { voterId = zhang, outcome = "Refused", note = "说周末再来" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Refused", 2), (line.GetProperty("lastOutcome").GetString(), line.GetProperty("attempts").GetInt32()));
        Assert.True((await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/attempts", new { voterId = zhang })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").TryGetProperty("outcome", out _));

        var pending = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/pending")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, pending.GetArrayLength());
        await (await world.Staff.PostAsJsonAsync($"/api/v1/assemblies/{id}/ballots", AssemblyWorld.BallotFor(zhang, "DoorToDoor", ItemIds(assembly), ["Agree"]))).ReadJsonAsync(HttpStatusCode.Created);
        pending = await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}/pending")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, pending.GetArrayLength());
        Assert.DoesNotContain(pending.EnumerateArray(), p => p.GetProperty("voterId").GetInt32() == zhang);
    }

    [Fact]
    public async Task An_assembly_announces_its_voting_points_and_a_point_without_hours_is_refused()
    {
        var world = await AssemblyWorld.CreateAsync(factory);
        var now = DateTimeOffset.UtcNow;
        object Assembly(object[] points) => new
        {
            compoundId = world.Compound, title = "第二次业主大会", method = "Written", noticedOn = DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime),
            opensAt = now.AddHours(-1), closesAt = now.AddDays(7), items = new[] { new { title = "续聘物业", matter = "HireProperty" } }, votingPoints = points,
        };
        var bad = await (await world.Staff.PostAsJsonAsync("/api/v1/assemblies", Assembly([new { place = "小区大门口", hours = "" }]))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.GetProperty("errors").TryGetProperty("votingPoints[0].hours", out _));
        var id = (await (await world.Staff.PostAsJsonAsync("/api/v1/assemblies", Assembly([new { place = "小区大门口", hours = "每日 9:00–12:00" }, new { place = "入户征集", hours = "每晚 19:00–21:00" }])))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var points = (await (await world.Staff.GetAsync($"/api/v1/assemblies/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("votingPoints").EnumerateArray()
            .Select(p => $"{p.GetProperty("place").GetString()} {p.GetProperty("hours").GetString()}");
        Assert.Equal(["小区大门口 每日 9:00–12:00", "入户征集 每晚 19:00–21:00"], points);
    }
}
