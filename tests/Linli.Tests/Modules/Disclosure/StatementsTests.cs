using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Disclosure;

namespace Linli.Tests.Modules.Disclosure;

/// <summary>
/// A parking group's quarterly statement (seed 004; Beijing 2024's quarterly accounts): summed by category from the
/// published entries, frozen, its period closed to new entries; a later correction shows as the difference it made
/// in the period it was made; an owed statement is flagged once its grace days are over.
/// </summary>
public sealed class StatementsTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    private static async Task<JsonElement> RecordAsync(HttpClient staff, int ledger, DateOnly on, string direction, string amount, string category) =>
        await (await staff.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/entries", new { on = on.ToString("yyyy-MM-dd"), direction, amount, category, counterparty = "某某", publish = true }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> PublishAsync(HttpClient staff, int ledger, Period period) =>
        staff.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/statements", new { kind = period.Kind.ToString(), year = period.Year, number = period.Number });

    [Fact]
    public async Task A_quarter_is_summed_by_category_closed_to_new_entries_and_a_later_correction_lands_in_the_next_statement()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var second = $"second{Guid.NewGuid():N}"[..14];
        await TestTree.CreateUserAsync(admin, second, "SocialWorker", tree.CommunityA);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var ledger = (await (await staff.PostAsJsonAsync("/api/v1/disclosure/ledgers", new { communityId = tree.CommunityA, name = "停车自管基金", kind = "SelfManagedFund" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var past = Period.Containing(PeriodKind.Quarter, Today).Previous;
        var day = past.From.AddDays(20);
        await RecordAsync(staff, ledger, day, "Income", "150.00", "停车费");
        await RecordAsync(staff, ledger, day, "Income", "150.00", "停车费");
        await RecordAsync(staff, ledger, day, "Income", "980.00", "广告收益");
        var paint = (await RecordAsync(staff, ledger, day, "Expense", "86.50", "划线油漆")).GetProperty("id").GetInt32();
        var camera = (await RecordAsync(staff, ledger, day, "Expense", "1100.00", "探头安装")).GetProperty("id").GetInt32();

        var waiting = await (await PublishAsync(staff, ledger, past)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("本期还有 1 笔账目等待审核，审核后才能公布报表。", waiting.GetProperty("detail").GetString());
        var secondPerson = await factory.ClientForAsync(second, TestTree.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await secondPerson.PostAsync($"/api/v1/disclosure/entries/{camera}/approve", null)).StatusCode);
        var statement = await (await PublishAsync(staff, ledger, past)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((0m, 1280m, 1186.50m, 93.50m, 5), (statement.GetProperty("opening").GetDecimal(), statement.GetProperty("income").GetDecimal(),
            statement.GetProperty("expense").GetDecimal(), statement.GetProperty("closing").GetDecimal(), statement.GetProperty("entries").GetInt32()));
        Assert.Equal(["Income 广告收益 980.00", "Income 停车费 300.00", "Expense 探头安装 1100.00", "Expense 划线油漆 86.50"],
            statement.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("direction").GetString()} {l.GetProperty("category").GetString()} {l.GetProperty("amount").GetDecimal()}"));
        Assert.Equal(HttpStatusCode.Conflict, (await PublishAsync(staff, ledger, past)).StatusCode);

        // The quarter is closed: nothing more is recorded on a day in it, and nothing is written.
        var closed = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/ledgers/{ledger}/entries",
            new { on = past.To.ToString("yyyy-MM-dd"), direction = "Expense", amount = "10.00", category = "补记", counterparty = "某某", publish = true })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal($"{past.To:yyyy-MM-dd} 及以前的收支报表已公布，账期已关闭，不能再记这一天的账；更正请用“更正”，会记在当期。", closed.GetProperty("errors").GetProperty("on")[0].GetString());
        Assert.Equal(5, (await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("entries").GetInt32());
        var current = Period.Containing(PeriodKind.Quarter, Today);
        var early = await (await PublishAsync(staff, ledger, current)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal($"{current.Name}还没有结束，结束后才能公布报表。", early.GetProperty("errors").GetProperty("number")[0].GetString());

        // The paint's invoice said 68.50: corrected today, in the open quarter; the published statement stays as it was.
        var correction = await (await staff.PostAsJsonAsync($"/api/v1/disclosure/entries/{paint}/corrections", new { amount = "68.50", reason = "发票金额为 68.50 元" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Today.ToString("yyyy-MM-dd"), correction.GetProperty("on").GetString());

        factory.Clock.Advance(TimeSpan.FromDays(current.To.DayNumber - Today.DayNumber + 1));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var next = await (await PublishAsync(staff, ledger, current)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((93.50m, 0m, -18.00m, 111.50m), (next.GetProperty("opening").GetDecimal(), next.GetProperty("income").GetDecimal(),
            next.GetProperty("expense").GetDecimal(), next.GetProperty("closing").GetDecimal()));
        var balance = (await (await factory.CreateClient().GetAsync($"/api/v1/public/communities/{tree.CommunityA}/ledgers")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("balance").GetDecimal();
        Assert.Equal(111.50m, balance);
        var published = (await (await factory.CreateClient().GetAsync($"/api/v1/public/ledgers/{ledger}/statements")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([current.Name, past.Name], published.Select(s => s.GetProperty("period").GetString()));
        Assert.Equal(93.50m, published[1].GetProperty("closing").GetDecimal());

        var notice = await staff.GetAsync($"/api/v1/disclosure/statements/{statement.GetProperty("id").GetInt32()}/notice.docx");
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await notice.Content.ReadAsByteArrayAsync(), "notice.docx", "txt:Text (encoded):UTF8"));
        foreach (var expected in new[] { "停车自管基金收支公示", past.Name, "期初结余", "广告收益", "980.00", "支出合计", "1,186.50", "期末结余", "93.50", "本期共 5 笔", $"/p/ledgers/{tree.CommunityA}" })
            Assert.Contains(expected, text);
        Assert.DoesNotContain("某某", text);

        var sheet = await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}/entries.xlsx");
        var csv = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await sheet.Content.ReadAsByteArrayAsync(), "entries.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"));
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, rows.Length);
        Assert.StartsWith("序号,日期,收支,金额（元）,科目", rows[0]);
        Assert.Contains("划线油漆", rows[4]);
        Assert.Contains("已被更正", rows[4]);
        Assert.StartsWith($"6,{correction.GetProperty("on").GetString()},支出,68.5", rows[6]);
    }

    [Fact]
    public async Task An_owed_statement_is_flagged_once_its_grace_days_are_over_and_cleared_when_published()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var ledger = (await (await staff.PostAsJsonAsync("/api/v1/disclosure/ledgers", new { communityId = tree.CommunityA, name = "维修资金使用", kind = "MaintenanceFund" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var half = Period.Containing(PeriodKind.HalfYear, Today);
        Assert.Equal(JsonValueKind.Null, (await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("overdueStatement").ValueKind);

        factory.Clock.Advance(TimeSpan.FromDays(half.To.DayNumber - Today.DayNumber + LedgersService.StatementGraceDays + 1));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var view = await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((half.Name, "HalfYear"), (view.GetProperty("overdueStatement").GetString(), view.GetProperty("statementEvery").GetString()));
        var console = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password)).GetStringAsync("/console"));
        Assert.Contains("1 个账本的收支报表逾期未公布", Regex.Match(console, "<section[^>]*data-testid=\"workbench\".*?</section>", RegexOptions.Singleline).Value);

        await (await PublishAsync(staff, ledger, half)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, (await (await staff.GetAsync($"/api/v1/disclosure/ledgers/{ledger}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("overdueStatement").ValueKind);
    }
}
