using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.ReadingRoom;

public sealed class CirculationTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    internal static async Task<JsonElement> BookAsync(HttpClient staff, int community, string title, params string[] barcodes) =>
        await (await staff.PostAsJsonAsync("/api/v1/reading-room/books", new { communityId = community, title, author = "佚名", ageBand = "Child", barcodes }))
            .ReadJsonAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> LendAsync(HttpClient client, object body) => client.PostAsJsonAsync("/api/v1/reading-room/loans", body);

    [Fact]
    public async Task A_copy_is_lent_once_returned_renewed_to_the_limit_and_bad_input_changes_nothing()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await BookAsync(staff, tree.CommunityA, "小王子", "B-1");
        var reader = await AResident("读者甲").Male().BornOn("1980-01-01").CreateAsync(staff, tree.UnitA);
        var other = await AResident("读者乙").Male().BornOn("1981-01-01").CreateAsync(staff, tree.UnitA);

        var loan = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "B-1", borrowerId = reader })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Today.AddDays(30).ToString("yyyy-MM-dd"), loan.GetProperty("dueOn").GetString());
        var again = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "B-1", borrowerId = other })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这本书已经借出，尚未归还。", again.GetProperty("detail").GetString());
        var unknown = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "NOPE", borrowerId = other })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("barcode", out _));

        var id = loan.GetProperty("id").GetInt32();
        var renewed = await (await staff.PostAsync($"/api/v1/reading-room/loans/{id}/renew", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Today.AddDays(60).ToString("yyyy-MM-dd"), renewed.GetProperty("dueOn").GetString());
        await (await staff.PostAsync($"/api/v1/reading-room/loans/{id}/renew", null)).ReadJsonAsync(HttpStatusCode.OK);
        var limit = await (await staff.PostAsync($"/api/v1/reading-room/loans/{id}/renew", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("已达续借次数上限。", limit.GetProperty("detail").GetString());

        await (await staff.PostAsJsonAsync("/api/v1/reading-room/returns", new { communityId = tree.CommunityA, barcode = "B-1" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync("/api/v1/reading-room/returns", new { communityId = tree.CommunityA, barcode = "B-1" })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "B-1", borrowerId = other })).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Many_desks_scanning_one_copy_at_once_lend_it_exactly_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await BookAsync(staff, tree.CommunityA, "抢手书", "HOT-1");
        var readers = new List<int>();
        for (var i = 0; i < 12; i++) readers.Add(await AResident($"抢书{i}").Male().BornOn("1990-01-01").CreateAsync(staff, tree.UnitA));
        var clients = await Task.WhenAll(readers.Select(_ => factory.ClientForAsync(tree.StaffA, TestTree.Password)));

        var answers = await Task.WhenAll(readers.Select((r, i) => LendAsync(clients[i], new { communityId = tree.CommunityA, barcode = "HOT-1", borrowerId = r })));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(11, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var open = await (await staff.GetAsync($"/api/v1/reading-room/loans?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Single(open.EnumerateArray());
    }

    [Fact]
    public async Task A_child_borrows_under_a_guardian_who_gets_the_growing_overdue_reminders()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await BookAsync(staff, tree.CommunityA, "十万个为什么", "C-1");
        await BookAsync(staff, tree.CommunityA, "昆虫记", "C-2");
        var child = await AResident("小读者").Male().BornOn($"{Today.Year - 8}-06-01").CreateAsync(staff, tree.UnitA);
        var parent = await AResident("家长").Male().BornOn("1985-06-01").CreateAsync(staff, tree.UnitA);

        var noGuardian = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "C-1", borrowerId = child })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(noGuardian.GetProperty("errors").TryGetProperty("borrowerId", out _));
        (await staff.PostAsJsonAsync($"/api/v1/residents/{child}/guardians", new { guardianId = parent })).EnsureSuccessStatusCode();

        // The guardian borrows for the child in the portal.
        var userName = "g" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{parent}/account", new { userName, password = ResidentPassword })).EnsureSuccessStatusCode();
        var guardian = await factory.ClientForAsync(userName, ResidentPassword);
        var loan = await (await LendAsync(guardian, new { barcode = "C-1", borrowerId = child })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(child, loan.GetProperty("borrowerId").GetInt32());
        Assert.Equal(parent, loan.GetProperty("guardianId").GetInt32());
        var mine = await (await guardian.GetAsync("/api/v1/reading-room/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("小读者", mine.GetProperty("loans")[0].GetProperty("borrowerName").GetString());

        // A paper slip from 10 days past its due date, recorded at the desk: one reminder at the second level, not two.
        var late = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "C-2", borrowerId = child, loanedOn = Today.AddDays(-40).ToString("yyyy-MM-dd") }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(parent, late.GetProperty("guardianId").GetInt32());
        var sent = await (await staff.PostAsync($"/api/v1/reading-room/reminders?communityId={tree.CommunityA}", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, sent.GetProperty("sent").GetInt32());
        var again = await (await staff.PostAsync($"/api/v1/reading-room/reminders?communityId={tree.CommunityA}", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("sent").GetInt32());
        var notice = Assert.Single((await (await guardian.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal($"您借阅的《昆虫记》已于{Today.AddDays(-10):yyyy-MM-dd}到期，请尽快归还（第2次提醒）。", notice.GetProperty("text").GetString());
        var overdue = await (await staff.GetAsync($"/api/v1/reading-room/loans?communityId={tree.CommunityA}&overdue=true")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(10, Assert.Single(overdue.EnumerateArray()).GetProperty("daysOverdue").GetInt32());

        // A stranger's child is not the guardian's to borrow for.
        var stranger = await AResident("别家孩子").Male().BornOn($"{Today.Year - 7}-01-01").CreateAsync(staff, tree.UnitA);
        Assert.Equal(HttpStatusCode.Forbidden, (await LendAsync(guardian, new { barcode = "C-1", borrowerId = stranger })).StatusCode);
    }

    [Fact]
    public async Task When_every_copy_is_out_a_reader_holds_it_and_is_told_when_it_comes_back()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var book = (await BookAsync(staff, tree.CommunityA, "三体", "S-1")).GetProperty("id").GetInt32();
        var first = await AResident("先借者").Male().BornOn("1970-01-01").CreateAsync(staff, tree.UnitA);
        var waiting = await AResident("等候者").Male().BornOn("1971-01-01").CreateAsync(staff, tree.UnitA);
        var third = await AResident("插队者").Male().BornOn("1972-01-01").CreateAsync(staff, tree.UnitA);
        var userName = "h" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{waiting}/account", new { userName, password = ResidentPassword })).EnsureSuccessStatusCode();
        var waiter = await factory.ClientForAsync(userName, ResidentPassword);

        await (await staff.PostAsJsonAsync("/api/v1/reading-room/holds", new { bookId = book, residentId = waiting })).ReadJsonAsync(HttpStatusCode.Conflict);
        var loan = (await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "S-1", borrowerId = first })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await waiter.PostAsJsonAsync("/api/v1/reading-room/holds", new { bookId = book })).ReadJsonAsync(HttpStatusCode.Created);
        await (await waiter.PostAsJsonAsync("/api/v1/reading-room/holds", new { bookId = book })).ReadJsonAsync(HttpStatusCode.Conflict);
        var noRenewal = await (await staff.PostAsync($"/api/v1/reading-room/loans/{loan}/renew", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("有读者在预约这本书，不能续借。", noRenewal.GetProperty("detail").GetString());

        await (await staff.PostAsJsonAsync("/api/v1/reading-room/returns", new { communityId = tree.CommunityA, barcode = "S-1" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains("《三体》已到馆", (await (await waiter.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("text").GetString());
        await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "S-1", borrowerId = third })).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await LendAsync(waiter, new { barcode = "S-1" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Empty((await (await waiter.GetAsync("/api/v1/reading-room/me")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("holds").EnumerateArray());
    }

    [Fact]
    public async Task Reading_statistics_count_loans_and_readers_by_month_and_age_band()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await BookAsync(staff, tree.CommunityA, "统计用书", "ST-1", "ST-2", "ST-3");
        var elder = await AResident("老读者").Male().BornOn("1950-01-01").CreateAsync(staff, tree.UnitA);
        var adult = await AResident("中年读者").Male().BornOn("1985-01-01").CreateAsync(staff, tree.UnitA);
        await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "ST-1", borrowerId = elder })).ReadJsonAsync(HttpStatusCode.Created);
        await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "ST-2", borrowerId = elder })).ReadJsonAsync(HttpStatusCode.Created);
        await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "ST-3", borrowerId = adult })).ReadJsonAsync(HttpStatusCode.Created);

        var year = await (await staff.GetAsync($"/api/v1/reading-room/stats?communityId={tree.CommunityA}&year={Today.Year}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, year.GetProperty("loans").GetInt32());
        Assert.Equal(2, year.GetProperty("readers").GetInt32());
        var month = year.GetProperty("months")[Today.Month - 1];
        Assert.Equal(2, month.GetProperty("loansByBand").GetProperty("From60").GetInt32());
        Assert.Equal(1, month.GetProperty("loansByBand").GetProperty("From18To59").GetInt32());
    }

    [Fact]
    public async Task A_community_sets_its_own_lending_rules_and_loans_follow_them()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var defaults = await (await staff.GetAsync($"/api/v1/reading-room/rules?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(30, defaults.GetProperty("loanDays").GetInt32());
        var bad = await (await staff.PutAsJsonAsync($"/api/v1/reading-room/rules?communityId={tree.CommunityA}",
            new { loanDays = 14, maxRenewals = 0, maxLoans = 1, holdDays = 3, reminderDays = new[] { 5, 3, 9 } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(bad.GetProperty("errors").TryGetProperty("reminderDays", out _));
        await (await staff.PutAsJsonAsync($"/api/v1/reading-room/rules?communityId={tree.CommunityA}",
            new { loanDays = 14, maxRenewals = 0, maxLoans = 1, holdDays = 3, reminderDays = new[] { 2, 5, 9 } })).ReadJsonAsync(HttpStatusCode.OK);

        await BookAsync(staff, tree.CommunityA, "规则用书", "R-1", "R-2");
        var reader = await AResident("守规者").Male().BornOn("1980-01-01").CreateAsync(staff, tree.UnitA);
        var loan = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "R-1", borrowerId = reader })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(Today.AddDays(14).ToString("yyyy-MM-dd"), loan.GetProperty("dueOn").GetString());
        var tooMany = await (await LendAsync(staff, new { communityId = tree.CommunityA, barcode = "R-2", borrowerId = reader })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("已借满1本，请先归还。", tooMany.GetProperty("detail").GetString());
        await (await staff.PostAsync($"/api/v1/reading-room/loans/{loan.GetProperty("id").GetInt32()}/renew", null)).ReadJsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Desk_staff_change_the_rules_in_the_console_and_a_wrong_order_of_reminders_changes_nothing()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var page = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        var desk = $"/console/reading-room?communityId={tree.CommunityA}";
        Task<HttpResponseMessage> PostRulesAsync(string token, int first, int second) => page.PostAsync(desk, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "rules", ["__RequestVerificationToken"] = token, ["LoanDays"] = "21", ["MaxRenewals"] = "1", ["MaxLoans"] = "3", ["HoldDays"] = "5",
            ["FirstReminder"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SecondReminder"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ThirdReminder"] = "30",
        }));

        var refused = await PostRulesAsync(BrowserSession.AntiforgeryToken(await page.GetStringAsync(desk)), 9, 2);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请给出三个递增的天数", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(30, (await (await staff.GetAsync($"/api/v1/reading-room/rules?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("loanDays").GetInt32());

        var saved = await PostRulesAsync(BrowserSession.AntiforgeryToken(await page.GetStringAsync(desk)), 2, 9);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rules = await (await staff.GetAsync($"/api/v1/reading-room/rules?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(21, rules.GetProperty("loanDays").GetInt32());
        Assert.Equal([2, 9, 30], rules.GetProperty("reminderDays").EnumerateArray().Select(d => d.GetInt32()).ToArray());
        Assert.Contains("借期21天", WebUtility.HtmlDecode(await page.GetStringAsync(desk)));
    }
}
