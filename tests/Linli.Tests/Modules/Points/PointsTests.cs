using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Points;

/// <summary>The points ledger through the API contract: awards, the exchange, idempotent redemptions, reversals, statements.</summary>
public sealed class PointsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string Key() => Guid.NewGuid().ToString("N");

    internal static async Task<int> ResidentAsync(HttpClient staff, int unit, string name) =>
        (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = unit, name, gender = "Female", birthDate = "1956-06-06" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    internal static async Task AwardAsync(HttpClient staff, int resident, int points, string reason = "垃圾分类志愿服务") =>
        await (await staff.PostAsJsonAsync("/api/v1/points/awards", new { residentId = resident, points, reason, idempotencyKey = Key() })).ReadJsonAsync(HttpStatusCode.Created);

    internal static async Task<int> ItemAsync(HttpClient staff, int community, string name, int pointsCost, int stock) =>
        (await (await staff.PostAsJsonAsync("/api/v1/points/catalog", new { communityId = community, name, pointsCost, stock }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<int> BalanceAsync(HttpClient client, int resident) =>
        (await (await client.GetAsync($"/api/v1/points/accounts/{resident}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("balance").GetInt32();

    [Fact]
    public async Task Ten_points_buy_a_tray_of_eggs_once_even_when_the_request_is_sent_again()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var resident = await ResidentAsync(staff, tree.UnitA, "分类达人");
        Assert.Equal(0, await BalanceAsync(staff, resident));

        var awardKey = Key();
        var award = new { residentId = resident, points = 15, reason = "一周三次分类投放", idempotencyKey = awardKey };
        var first = await (await staff.PostAsJsonAsync("/api/v1/points/awards", award)).ReadJsonAsync(HttpStatusCode.Created);
        var again = await (await staff.PostAsJsonAsync("/api/v1/points/awards", award)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
        Assert.Equal(15, await BalanceAsync(staff, resident));

        var eggs = await ItemAsync(staff, tree.CommunityA, "鸡蛋一盘", 10, 5);
        var key = Key();
        var redemption = new { residentId = resident, catalogItemId = eggs, quantity = 1, idempotencyKey = key };
        var paid = await (await staff.PostAsJsonAsync("/api/v1/points/redemptions", redemption)).ReadJsonAsync(HttpStatusCode.Created);
        var retried = await (await staff.PostAsJsonAsync("/api/v1/points/redemptions", redemption)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(paid.GetProperty("id").GetInt32(), retried.GetProperty("id").GetInt32());
        Assert.Equal(5, await BalanceAsync(staff, resident));

        var poor = await (await staff.PostAsJsonAsync("/api/v1/points/redemptions", redemption with { idempotencyKey = Key() })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("积分不足：当前余额5分。", poor.GetProperty("detail").GetString());
        var reused = await (await staff.PostAsJsonAsync("/api/v1/points/awards", new { residentId = resident, points = 15, reason = "x", idempotencyKey = key }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(reused.GetProperty("errors").TryGetProperty("idempotencyKey", out _));

        var catalog = await (await staff.GetAsync($"/api/v1/points/catalog?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, catalog.EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == eggs).GetProperty("stock").GetInt32());
        var history = await (await staff.GetAsync($"/api/v1/points/accounts/{resident}/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([-10, 15], history.EnumerateArray().Select(l => l.GetProperty("amount").GetInt32()).ToArray());
    }

    [Fact]
    public async Task Many_redemptions_at_once_never_overdraw_a_balance_or_sell_stock_that_is_not_there()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));

        // One balance that pays for 10 of 30 attempts.
        var saver = await ResidentAsync(staff, tree.UnitA, "积分户");
        await AwardAsync(staff, saver, 100);
        var batteries = await ItemAsync(staff, tree.CommunityA, "电池两节", 10, 1000);
        var byBalance = await FireAsync(clients, Enumerable.Range(0, 30).Select(_ => new { residentId = saver, catalogItemId = batteries, quantity = 1, idempotencyKey = Key() }));
        Assert.Equal(10, byBalance.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(20, byBalance.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(0, await BalanceAsync(staff, saver));

        // One stock of 7 and plenty of points among five residents.
        var rich = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            rich.Add(await ResidentAsync(staff, tree.UnitA, $"富余{i}"));
            await AwardAsync(staff, rich[^1], 1000);
        }
        var rice = await ItemAsync(staff, tree.CommunityA, "大米一袋", 20, 7);
        var byStock = await FireAsync(clients, Enumerable.Range(0, 30).Select(n => new { residentId = rich[n % 5], catalogItemId = rice, quantity = 1, idempotencyKey = Key() }));
        Assert.Equal(7, byStock.Count(s => s == HttpStatusCode.Created));
        var catalog = await (await staff.GetAsync($"/api/v1/points/catalog?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, catalog.EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == rice).GetProperty("stock").GetInt32());
        var left = 0;
        foreach (var r in rich) left += await BalanceAsync(staff, r);
        Assert.Equal(5000 - 7 * 20, left);

        // The same key sent ten times at once spends once.
        var key = Key();
        var same = await FireAsync(clients, Enumerable.Range(0, 10).Select(_ => new { residentId = rich[0], catalogItemId = batteries, quantity = 2, idempotencyKey = key }));
        Assert.All(same, s => Assert.Equal(HttpStatusCode.Created, s));
        var redemptions = await factory.WithDbAsync(db => db.Set<Linli.Web.Modules.Points.Redemption>().IgnoreQueryFilters()
            .CountAsync(r => r.ResidentId == rich[0] && r.CatalogItemId == batteries));
        Assert.Equal(1, redemptions);
    }

    private static async Task<HttpStatusCode[]> FireAsync(HttpClient[] clients, IEnumerable<object> bodies)
    {
        using var start = new ManualResetEventSlim();
        var requests = bodies.Select((body, i) => Task.Run(async () =>
        {
            start.Wait();
            using var response = await clients[i % clients.Length].PostAsJsonAsync("/api/v1/points/redemptions", body);
            return response.StatusCode;
        })).ToList();
        start.Set();
        return await Task.WhenAll(requests);
    }

    [Fact]
    public async Task Corrections_are_reversing_entries_and_a_cancelled_exchange_gives_points_and_stock_back()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var resident = await ResidentAsync(staff, tree.UnitA, "被误记者");
        var wrong = await (await staff.PostAsJsonAsync("/api/v1/points/awards", new { residentId = resident, points = 50, reason = "记错了人", idempotencyKey = Key() }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = wrong.GetProperty("id").GetInt32();
        var reversal = await (await staff.PostAsJsonAsync($"/api/v1/points/transactions/{id}/reverse", new { reason = "登记错误，冲正" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(id, reversal.GetProperty("reversesId").GetInt32());
        Assert.Equal(0, reversal.GetProperty("balance").GetInt32());
        await (await staff.PostAsJsonAsync($"/api/v1/points/transactions/{id}/reverse", new { reason = "再冲一次", idempotencyKey = Key() })).ReadJsonAsync(HttpStatusCode.Conflict);

        await AwardAsync(staff, resident, 30);
        var soap = await ItemAsync(staff, tree.CommunityA, "洗衣皂", 20, 3);
        var redemption = await (await staff.PostAsJsonAsync("/api/v1/points/redemptions", new { residentId = resident, catalogItemId = soap, quantity = 1, idempotencyKey = Key() }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var redemptionId = redemption.GetProperty("id").GetInt32();
        Assert.Equal(redemptionId, Assert.Single((await (await staff.GetAsync($"/api/v1/points/redemptions?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray()).GetProperty("id").GetInt32());
        var cancelled = await (await staff.PostAsync($"/api/v1/points/redemptions/{redemptionId}/cancel", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(30, await BalanceAsync(staff, resident));
        await (await staff.PostAsync($"/api/v1/points/redemptions/{redemptionId}/pickup", null)).ReadJsonAsync(HttpStatusCode.Conflict);

        var again = (await (await staff.PostAsJsonAsync("/api/v1/points/redemptions", new { residentId = resident, catalogItemId = soap, quantity = 1, idempotencyKey = Key() }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal("PickedUp", (await (await staff.PostAsync($"/api/v1/points/redemptions/{again}/pickup", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        await (await staff.PostAsync($"/api/v1/points/redemptions/{again}/cancel", null)).ReadJsonAsync(HttpStatusCode.Conflict);

        // The 30 points are partly spent: that award can no longer be reversed.
        var history = await (await staff.GetAsync($"/api/v1/points/accounts/{resident}/history")).ReadJsonAsync(HttpStatusCode.OK);
        var thirty = history.EnumerateArray().First(l => l.GetProperty("kind").GetString() == "Award" && l.GetProperty("amount").GetInt32() == 30).GetProperty("transactionId").GetInt32();
        var spent = await (await staff.PostAsJsonAsync($"/api/v1/points/transactions/{thirty}/reverse", new { reason = "试试" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("积分已被使用，余额不足以冲正。", spent.GetProperty("detail").GetString());

        // Nothing in the ledger can be edited, even straight in the database.
        foreach (var sql in new[] { "UPDATE points_entries SET \"Amount\" = 1000", "DELETE FROM points_transactions" })
        {
            // SqliteException or PostgresException, raised by the ledger's trigger with its own words.
            var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
            Assert.Contains("the points ledger is append-only", refused.Message);
        }
    }

    [Fact]
    public async Task The_monthly_statement_shows_points_issued_redeemed_and_outstanding()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var a = await ResidentAsync(staff, tree.UnitA, "甲");
        var b = await ResidentAsync(staff, tree.UnitA, "乙");
        await AwardAsync(staff, a, 40);
        await AwardAsync(staff, b, 25);
        var item = await ItemAsync(staff, tree.CommunityA, "毛巾", 15, 10);
        await (await staff.PostAsJsonAsync("/api/v1/points/redemptions", new { residentId = a, catalogItemId = item, quantity = 2, idempotencyKey = Key() })).ReadJsonAsync(HttpStatusCode.Created);

        var now = DateTime.UtcNow.AddHours(8);
        var statement = await (await staff.GetAsync($"/api/v1/points/statement?communityId={tree.CommunityA}&year={now.Year}")).ReadJsonAsync(HttpStatusCode.OK);
        var month = statement.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetInt32() == now.Month);
        Assert.Equal(65, month.GetProperty("issued").GetInt32());
        Assert.Equal(30, month.GetProperty("redeemed").GetInt32());
        Assert.Equal(35, month.GetProperty("outstanding").GetInt32());
        Assert.Equal(35, await BalanceAsync(staff, a) + await BalanceAsync(staff, b));
    }

    [Fact]
    public async Task A_group_leader_or_district_officer_sees_no_residents_points_though_their_scope_shows_the_community()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var someone = await ResidentAsync(staff, tree.UnitA, "有积分");
        await AwardAsync(staff, someone, 20);
        var admin = await factory.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, "leader" + tag, "GroupLeader", tree.CommunityA);
        await TestTree.CreateUserAsync(admin, "district" + tag, "DistrictOfficer", tree.District);

        Assert.Equal(20, await BalanceAsync(staff, someone));
        foreach (var user in new[] { "leader" + tag, "district" + tag })
        {
            var client = await factory.ClientForAsync(user, TestTree.Password);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/points/accounts/{someone}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/points/accounts/{someone}/history")).StatusCode);
        }
    }

    [Fact]
    public async Task A_resident_sees_their_own_points_and_redeems_for_themselves_but_not_for_a_neighbour()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var me = await ResidentAsync(staff, tree.UnitA, "自己兑");
        var neighbour = await ResidentAsync(staff, tree.UnitA, "邻居");
        await AwardAsync(staff, me, 20);
        await AwardAsync(staff, neighbour, 20);
        var userName = "p" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{me}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, "Resident-pass-2026");
        var eggs = await ItemAsync(staff, tree.CommunityA, "鸡蛋", 10, 3);

        Assert.Equal(20, await BalanceAsync(resident, me));
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/api/v1/points/accounts/{neighbour}")).StatusCode);
        Assert.Single((await (await resident.GetAsync("/api/v1/points/catalog")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        await (await resident.PostAsJsonAsync("/api/v1/points/redemptions", new { catalogItemId = eggs, quantity = 1, idempotencyKey = Key() })).ReadJsonAsync(HttpStatusCode.Created);
        await (await resident.PostAsJsonAsync("/api/v1/points/redemptions", new { residentId = neighbour, catalogItemId = eggs, quantity = 1, idempotencyKey = Key() }))
            .ReadJsonAsync(HttpStatusCode.NotFound);
        await (await resident.PostAsJsonAsync("/api/v1/points/awards", new { residentId = me, points = 100, reason = "自己给自己", idempotencyKey = Key() })).ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal(10, await BalanceAsync(resident, me));
        Assert.Equal(20, await BalanceAsync(staff, neighbour));
    }
}
