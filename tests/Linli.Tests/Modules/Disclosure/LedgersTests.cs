using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Modules.Disclosure;

/// <summary>A parking group's fund in the open (seed 004): entries never edited, corrections linked, a chain anyone can check.</summary>
public sealed class LedgersTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private async Task<(TestTree Tree, HttpClient Staff, int Ledger)> LedgerAsync()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var ledger = (await (await staff.PostAsJsonAsync("/api/v1/disclosure/ledgers", new { communityId = tree.CommunityA, name = "东大街西里停车自管基金", kind = "SelfManagedFund" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (tree, staff, ledger);
    }

    private static async Task<JsonElement> RecordAsync(HttpClient staff, int ledger, string direction, object amount, string category, string counterparty, bool publish = true) =>
        await (await staff.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/entries", new { on = "2026-11-05", direction, amount, category, counterparty, publish }))
            .ReadJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Entries_are_never_changed_a_correction_counts_in_place_of_the_original_and_the_public_page_shows_both()
    {
        var (tree, staff, ledger) = await LedgerAsync();
        var fee = await RecordAsync(staff, ledger, "Income", "150.00", "停车费", "王秀英");
        await RecordAsync(staff, ledger, "Income", 150, "停车费", "刘建国");
        var paint = await RecordAsync(staff, ledger, "Expense", "86.50", "划线油漆", "成都市武侯区鑫达建材店");
        await RecordAsync(staff, ledger, "Expense", "20.00", "打印", "社区打印店", publish: false);
        Assert.Matches("^[0-9a-f]{64}$", fee.GetProperty("hash").GetString()!);

        foreach (var amount in new object[] { "0", "-5.00", "12.345", 0.001 })
        {
            var bad = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/entries", new { on = "2026-11-05", direction = "Income", amount, category = "停车费", counterparty = "某" }))
                .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("金额须大于 0，最多两位小数（单位：元）。", bad.GetProperty("errors").GetProperty("amount")[0].GetString());
        }
        var entryPath = $"/api/v1/disclosure/entries/{paint.GetProperty("id").GetInt32()}";
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await staff.PutAsJsonAsync(entryPath, new { amount = "1.00" })).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await staff.DeleteAsync(entryPath)).StatusCode);

        var correction = await (await staff.PostAsJsonAsync($"{entryPath}/corrections", new { amount = "68.50", reason = "发票金额录错" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(paint.GetProperty("id").GetInt32(), correction.GetProperty("corrects").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"{entryPath}/corrections", new { amount = "60.00", reason = "再改" })).StatusCode);
        // Staff see every entry: 150 + 150 − 68.50 − 20.
        Assert.Equal(211.50m, (await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("balance").GetDecimal());

        var anyone = factory.CreateClient();
        var page = (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/ledgers")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(231.50m, page.GetProperty("balance").GetDecimal());
        Assert.Equal("231.50", page.GetProperty("balance").GetRawText());
        var entries = page.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(4, entries.Count);
        var original = entries.Single(e => e.GetProperty("id").GetInt32() == paint.GetProperty("id").GetInt32());
        Assert.Equal((86.50m, correction.GetProperty("id").GetInt32()), (original.GetProperty("amount").GetDecimal(), original.GetProperty("correctedBy").GetInt32()));
        Assert.Contains(entries, e => e.GetProperty("counterparty").GetString() == "王**");
        Assert.Contains(entries, e => e.GetProperty("counterparty").GetString() == "成都市武侯区鑫达建材店");
        Assert.DoesNotContain(entries, e => e.GetProperty("category").GetString() == "打印");

        var check = await (await anyone.GetAsync($"/api/v1/public/ledgers/{ledger}/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((true, 5), (check.GetProperty("valid").GetBoolean(), check.GetProperty("entries").GetInt32()));
        Assert.Equal(page.GetProperty("chainHead").GetString(), check.GetProperty("head").GetString());
    }

    [Fact]
    public async Task An_amount_changed_behind_the_ledgers_back_breaks_the_chain_from_that_entry()
    {
        var (_, staff, ledger) = await LedgerAsync();
        await RecordAsync(staff, ledger, "Income", "150.00", "停车费", "王秀英");
        var second = (await RecordAsync(staff, ledger, "Expense", "86.50", "划线油漆", "鑫达建材店")).GetProperty("id").GetInt32();
        await RecordAsync(staff, ledger, "Income", "150.00", "停车费", "刘建国");

        await factory.WithDbAsync(db => db.Set<LedgerEntry>().IgnoreQueryFilters().Where(e => e.Id == second)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.AmountFen, 865)));

        var check = await (await factory.CreateClient().GetAsync($"/api/v1/public/ledgers/{ledger}/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((false, 2), (check.GetProperty("valid").GetBoolean(), check.GetProperty("firstBrokenSequence").GetInt32()));
    }

    [Fact]
    public async Task An_entry_above_the_set_amount_is_published_only_after_a_second_person_approves_it()
    {
        var (tree, staff, ledger) = await LedgerAsync();
        var big = await RecordAsync(staff, ledger, "Expense", "1500.00", "地面修补", "成都某工程队");
        Assert.Equal((false, true), (big.GetProperty("published").GetBoolean(), big.GetProperty("awaitingApproval").GetBoolean()));
        var approve = $"/api/v1/disclosure/entries/{big.GetProperty("id").GetInt32()}/approve";
        var self = await (await staff.PostAsync(approve, null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("须由录入人以外的另一人审核。", self.GetProperty("detail").GetString());
        var anyone = factory.CreateClient();
        Assert.Equal(0, (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/ledgers")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("entries").GetArrayLength());

        var second = "chk" + Guid.NewGuid().ToString("N")[..8];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), second, "SocialWorker", tree.CommunityA);
        var colleague = await factory.ClientForAsync(second, TestTree.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await colleague.PostAsync(approve, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await colleague.PostAsync(approve, null)).StatusCode);
        var page = (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/ledgers")).ReadJsonAsync(HttpStatusCode.OK))[0];
        Assert.Equal(-1500.00m, page.GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task A_correction_published_before_the_entry_it_corrects_keeps_counting_in_its_place()
    {
        var (tree, staff, ledger) = await LedgerAsync();
        var big = (await RecordAsync(staff, ledger, "Expense", "1500.00", "地面修补", "成都某工程队")).GetProperty("id").GetInt32();
        var fixedAmount = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/entries/{big}/corrections", new { amount = "900.00", reason = "合同金额为 900 元" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(fixedAmount.GetProperty("published").GetBoolean());
        var anyone = factory.CreateClient();
        async Task<decimal> PublicBalanceAsync() =>
            (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/ledgers")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("balance").GetDecimal();
        Assert.Equal(-900.00m, await PublicBalanceAsync());

        var second = "chk" + Guid.NewGuid().ToString("N")[..8];
        await TestTree.CreateUserAsync(await factory.AdminAsync(), second, "CommunityStaff", tree.CommunityA);
        Assert.Equal(HttpStatusCode.NoContent, (await (await factory.ClientForAsync(second, TestTree.Password)).PostAsync($"/api/v1/disclosure/entries/{big}/approve", null)).StatusCode);
        Assert.Equal(-900.00m, await PublicBalanceAsync());
        var page = (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/ledgers")).ReadJsonAsync(HttpStatusCode.OK))[0];
        Assert.Equal(2, page.GetProperty("publishedEntries").GetInt32());
    }

    [Fact]
    public async Task Entries_recorded_at_once_take_one_place_each_in_the_chain()
    {
        var (_, staff, ledger) = await LedgerAsync();
        var answers = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => staff.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/entries",
            new { on = "2026-11-05", direction = "Income", amount = $"{i}.00", category = "停车费", counterparty = $"车主{i}", publish = true })));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var entries = (await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}/entries")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(e => e.GetProperty("sequence").GetInt32()).Order();
        Assert.Equal(Enumerable.Range(1, 12), entries);
        var check = await (await factory.CreateClient().GetAsync($"/api/v1/public/ledgers/{ledger}/verify")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((true, 12), (check.GetProperty("valid").GetBoolean(), check.GetProperty("entries").GetInt32()));
        Assert.Equal(78.00m, (await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("balance").GetDecimal());

        // A long ledger is read a page at a time, newest first, older pages before a sequence number.
        var older = await (await factory.CreateClient().GetAsync($"/api/v1/public/ledgers/{ledger}?before=6&take=3")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([5, 4, 3], older.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal((12, 78.00m), (older.GetProperty("publishedEntries").GetInt32(), older.GetProperty("balance").GetDecimal()));
    }
}
