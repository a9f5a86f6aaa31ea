using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Contests;

/// <summary>A contest with the clock under the test's hand: the daily limit is a China day's.</summary>
public sealed class ContestsTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    private sealed record World(TestTree Tree, HttpClient Staff, int Contest, int[] Entries);

    private async Task<World> ContestAsync(int votesPerDay, int entries, int? awardCount = null, int? accountsPerDevice = null, int? votesPerAddress = null)
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var now = factory.Clock.GetUtcNow();
        var contest = (await (await staff.PostAsJsonAsync("/api/v1/contests", new
        {
            communityId = tree.CommunityA, title = "最美阳台评选", opensAt = now.AddHours(-1), closesAt = now.AddDays(10), votesPerDay, awardCount, accountsPerDevice, votesPerAddress,
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var ids = new int[entries];
        for (var i = 0; i < entries; i++)
            ids[i] = (await (await staff.PostAsJsonAsync($"/api/v1/contests/{contest}/entries", new { title = $"{i + 1}号阳台", description = "花草满台" }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return new World(tree, staff, contest, ids);
    }

    private async Task<HttpClient> ResidentAsync(HttpClient staff, int unit, string name) => (await ResidentAccountAsync(staff, unit, name)).Client;

    private async Task<(HttpClient Client, string UserName)> ResidentAccountAsync(HttpClient staff, int unit, string name)
    {
        var id = await AResident(name).CreateAsync(staff, unit);
        var userName = "r" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = ResidentPassword })).StatusCode);
        return (await factory.ClientForAsync(userName, ResidentPassword), userName);
    }

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, int contest, int entry) =>
        client.PostAsJsonAsync($"/api/v1/contests/{contest}/votes", new { entryId = entry });

    /// <summary>A vote from a given phone (the header an app sends) and network address (as the proxy forwards it).</summary>
    private static Task<HttpResponseMessage> VoteFromAsync(HttpClient client, int contest, int entry, string device, string address) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contests/{contest}/votes")
        {
            Content = JsonContent.Create(new { entryId = entry }),
            Headers = { { "X-Linli-Device", device }, { "X-Forwarded-For", address } },
        });

    private static async Task<List<(int EntryId, int Votes, int Rank, bool Awarded)>> RankingAsync(HttpClient client, int contest) =>
        [.. (await (await client.GetAsync($"/api/v1/contests/{contest}/ranking")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(l => (l.GetProperty("entryId").GetInt32(), l.GetProperty("votes").GetInt32(), l.GetProperty("rank").GetInt32(), l.GetProperty("awarded").GetBoolean()))];

    [Fact]
    public async Task A_resident_votes_once_per_entry_a_day_within_the_daily_limit_and_the_ranking_counts()
    {
        var world = await ContestAsync(votesPerDay: 2, entries: 3);
        var (resident, userName) = await ResidentAccountAsync(world.Staff, world.Tree.UnitA, "罗琼英");
        var neighbour = await ResidentAsync(world.Staff, world.Tree.UnitA, "陈玉珍");

        var first = await (await VoteAsync(resident, world.Contest, world.Entries[0])).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, first.GetProperty("votesLeftToday").GetInt32());
        var again = await (await VoteAsync(resident, world.Contest, world.Entries[0])).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("今天已经为这个作品投过票了，明天再来吧。", again.GetProperty("detail").GetString());
        await (await VoteAsync(resident, world.Contest, world.Entries[1])).ReadJsonAsync(HttpStatusCode.Created);
        var over = await (await VoteAsync(resident, world.Contest, world.Entries[2])).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("每人每天最多投 2 票，今天的票已经投完了。", over.GetProperty("detail").GetString());
        await (await VoteAsync(neighbour, world.Contest, world.Entries[1])).ReadJsonAsync(HttpStatusCode.Created);

        var ranking = (await (await resident.GetAsync($"/api/v1/contests/{world.Contest}/ranking")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(l => (l.GetProperty("entryId").GetInt32(), l.GetProperty("votes").GetInt32(), l.GetProperty("rank").GetInt32())).ToList();
        Assert.Equal([(world.Entries[1], 2, 1), (world.Entries[0], 1, 2), (world.Entries[2], 0, 3)], ranking);

        // A new China day gives new votes, the same entry included (tokens age with the clock: sign in again).
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await factory.ClientForAsync(userName, ResidentPassword);
        await (await VoteAsync(tomorrow, world.Contest, world.Entries[0])).ReadJsonAsync(HttpStatusCode.Created);
        var staff = await factory.ClientForAsync(world.Tree.StaffA, TestTree.Password);
        var figures = (await (await staff.GetAsync($"/api/v1/contests/{world.Contest}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("figures");
        Assert.Equal((3, 2, 4), (figures.GetProperty("entries").GetInt32(), figures.GetProperty("voters").GetInt32(), figures.GetProperty("votes").GetInt32()));
    }

    [Fact]
    public async Task Many_taps_at_once_never_pass_the_daily_limit()
    {
        var world = await ContestAsync(votesPerDay: 3, entries: 6);
        var resident = await ResidentAsync(world.Staff, world.Tree.UnitA, "赵志强");

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => VoteAsync(resident, world.Contest, world.Entries[i % 6])));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var entries = (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}/entries")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray();
        Assert.Equal(3, entries.Sum(e => e.GetProperty("votes").GetInt32()));
        Assert.Equal(3, (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("figures").GetProperty("votes").GetInt32());
    }

    [Fact]
    public async Task Only_signed_in_residents_of_the_community_vote()
    {
        var world = await ContestAsync(votesPerDay: 5, entries: 1);
        var outsider = await ResidentAsync(await factory.ClientForAsync(world.Tree.StaffB, TestTree.Password), world.Tree.UnitB, "外社区居民");

        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(factory.CreateClient(), world.Contest, world.Entries[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await VoteAsync(world.Staff, world.Contest, world.Entries[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VoteAsync(outsider, world.Contest, world.Entries[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/contests/{world.Contest}/ranking")).StatusCode);
        Assert.Equal(0, (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}/ranking")).ReadJsonAsync(HttpStatusCode.OK))[0].GetProperty("votes").GetInt32());
    }

    [Fact]
    public async Task A_removed_vote_leaves_the_ranking_stays_listed_with_its_reason_and_is_not_given_back()
    {
        var world = await ContestAsync(votesPerDay: 3, entries: 2);
        var first = await ResidentAsync(world.Staff, world.Tree.UnitA, "甲投票人");
        var second = await ResidentAsync(world.Staff, world.Tree.UnitA, "乙投票人");
        var suspect = (await (await VoteAsync(first, world.Contest, world.Entries[0])).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await VoteAsync(second, world.Contest, world.Entries[0])).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}/votes")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());

        var remove = $"/api/v1/contests/{world.Contest}/votes/{suspect}/remove";
        Assert.True((await (await world.Staff.PostAsJsonAsync(remove, new { reason = " " })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsJsonAsync(remove, new { reason = "同一手机一分钟内连续投票" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Staff.PostAsJsonAsync(remove, new { reason = "再剔一次" })).StatusCode);

        var ranking = await (await second.GetAsync($"/api/v1/contests/{world.Contest}/ranking")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, ranking[0].GetProperty("votes").GetInt32());
        var removal = (await (await second.GetAsync($"/api/v1/contests/{world.Contest}/removals")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(("1号阳台", "同一手机一分钟内连续投票"), (removal.GetProperty("entryTitle").GetString(), removal.GetProperty("reason").GetString()));
        Assert.False(removal.TryGetProperty("residentId", out _));
        var figures = (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("figures");
        Assert.Equal((1, 1), (figures.GetProperty("voters").GetInt32(), figures.GetProperty("votes").GetInt32()));
        // The day's vote for that entry was used: removing it does not hand it back.
        Assert.Equal(HttpStatusCode.Conflict, (await VoteAsync(first, world.Contest, world.Entries[0])).StatusCode);
    }

    [Fact]
    public async Task A_phone_votes_for_at_most_the_set_number_of_accounts_and_an_address_carries_at_most_the_set_number_of_votes()
    {
        var world = await ContestAsync(votesPerDay: 3, entries: 3, accountsPerDevice: 2, votesPerAddress: 4);
        var people = new List<HttpClient>();
        foreach (var name in new[] { "钱一", "钱二", "钱三", "钱四" }) people.Add(await ResidentAsync(world.Staff, world.Tree.UnitA, name));

        await (await VoteFromAsync(people[0], world.Contest, world.Entries[0], "phone-1", "203.0.113.7")).ReadJsonAsync(HttpStatusCode.Created);
        await (await VoteFromAsync(people[1], world.Contest, world.Entries[0], "phone-1", "203.0.113.7")).ReadJsonAsync(HttpStatusCode.Created);
        var third = await (await VoteFromAsync(people[2], world.Contest, world.Entries[0], "phone-1", "203.0.113.7")).ReadJsonAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("这部手机今天已经为 2 个账号投过票，请用自己的手机投票。", third.GetProperty("detail").GetString());
        // The phone's own accounts go on voting; another phone on the same network votes too, up to the address's limit.
        await (await VoteFromAsync(people[0], world.Contest, world.Entries[1], "phone-1", "203.0.113.7")).ReadJsonAsync(HttpStatusCode.Created);
        await (await VoteFromAsync(people[2], world.Contest, world.Entries[0], "phone-2", "203.0.113.7")).ReadJsonAsync(HttpStatusCode.Created);
        var overAddress = await (await VoteFromAsync(people[3], world.Contest, world.Entries[0], "phone-3", "203.0.113.7")).ReadJsonAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("同一网络今天的投票已达上限（4 票），请换个时间或网络再投。", overAddress.GetProperty("detail").GetString());
        await (await VoteFromAsync(people[3], world.Contest, world.Entries[0], "phone-3", "198.51.100.20")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal([(world.Entries[0], 4, 1, false), (world.Entries[1], 1, 2, false), (world.Entries[2], 0, 3, false)], await RankingAsync(world.Staff, world.Contest));
    }

    [Fact]
    public async Task Flags_point_staff_to_a_burst_a_shared_phone_and_new_accounts_and_removing_the_burst_changes_the_ranking()
    {
        var world = await ContestAsync(votesPerDay: 3, entries: 2);
        var burst = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            var resident = await ResidentAsync(world.Staff, world.Tree.UnitA, $"孙{i}号");
            var device = i < 2 ? "shared-phone" : $"phone-{i}";
            burst.Add((await (await VoteFromAsync(resident, world.Contest, world.Entries[0], device, "203.0.113.9")).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        }
        var honest = await ResidentAsync(world.Staff, world.Tree.UnitA, "周正");
        await (await VoteFromAsync(honest, world.Contest, world.Entries[0], "phone-own", "198.51.100.30")).ReadJsonAsync(HttpStatusCode.Created);
        await (await VoteFromAsync(honest, world.Contest, world.Entries[1], "phone-own", "198.51.100.30")).ReadJsonAsync(HttpStatusCode.Created);

        var flags = (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}/flags")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(f => f.GetProperty("kind").GetString()!, f => (f.GetProperty("residents").GetInt32(), string.Join(",", f.GetProperty("voteIds").EnumerateArray().Select(v => v.GetInt32()).Order())));
        Assert.Equal(["Burst", "NewAccounts", "SharedDevice"], flags.Keys.Order());
        Assert.Equal((10, string.Join(",", burst)), flags["Burst"]);
        Assert.Equal((2, string.Join(",", burst.Take(2))), flags["SharedDevice"]);
        // 周正's account is new too, but voted for both entries: not a look-alike.
        Assert.Equal((10, string.Join(",", burst)), flags["NewAccounts"]);

        foreach (var vote in burst)
            Assert.Equal(HttpStatusCode.NoContent, (await world.Staff.PostAsJsonAsync($"/api/v1/contests/{world.Contest}/votes/{vote}/remove", new { reason = "同一网络十分钟内集中投票" })).StatusCode);
        Assert.Equal([(world.Entries[0], 1, 1, false), (world.Entries[1], 1, 1, false)], await RankingAsync(honest, world.Contest));
        Assert.Equal(0, (await (await world.Staff.GetAsync($"/api/v1/contests/{world.Contest}/flags")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(10, (await (await honest.GetAsync($"/api/v1/contests/{world.Contest}/removals")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task The_top_n_are_awarded_and_entries_tied_at_rank_n_are_all_awarded()
    {
        var world = await ContestAsync(votesPerDay: 4, entries: 4, awardCount: 2);
        int[][] ballots = [[0, 1, 2, 3], [0, 1, 2], [0]];
        for (var i = 0; i < ballots.Length; i++)
        {
            var resident = await AResident($"吴{i}号").CreateAsync(world.Staff, world.Tree.UnitA);
            foreach (var e in ballots[i])
                await (await world.Staff.PostAsJsonAsync($"/api/v1/contests/{world.Contest}/onsite-votes", new { entryId = world.Entries[e], residentId = resident }))
                    .ReadJsonAsync(HttpStatusCode.Created);
        }
        Assert.Equal([(world.Entries[0], 3, 1, true), (world.Entries[1], 2, 2, true), (world.Entries[2], 2, 2, true), (world.Entries[3], 1, 4, false)],
            await RankingAsync(world.Staff, world.Contest));
    }
}
