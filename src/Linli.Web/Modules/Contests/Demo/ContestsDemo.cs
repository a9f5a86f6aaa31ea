using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests.Demo;

/// <summary>
/// Seed 002 case 8's best-balcony contest (最美阳台), moved to 青桐社区: six families entered, the neighbours voted on
/// the displayed balcony photos at the summary event (paper slips entered by staff), three votes each; the top four
/// win. Who voted for whom is invented.
/// </summary>
public sealed class ContestsDemo(Platform.Data.LinliDb db, ResidentDirectory residents, ContestsService contests, ContestVoting voting, TimeProvider clock) : IDemoContributor
{
    public int Order => 65;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var contest = await contests.CreateAsync(new NewContest(community.Id, "青桐最美阳台评选",
            "晒出你家的阳台：花草、菜园、小景都可以。评选结束后为前四名颁奖，获奖照片在院坝展示。", now.AddDays(-10), now.AddDays(20), 3, AwardCount: 4), cancellationToken);
        string[] balconies = ["王秀英家的月季阳台", "刘建国家的菜园阳台", "赵志强家的亲子阳台", "周文华家的多肉阳台", "何素珍家的兰花阳台", "郑国庆家的葡萄架"];
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        var entries = new List<int>();
        foreach (var title in balconies)
        {
            // Each family's entry is its household's (the register's, where the family is on it).
            var household = people.TryGetValue(title[..title.IndexOf("家的", StringComparison.Ordinal)], out var id) ? (await residents.FindAsync(id, cancellationToken))?.HouseholdId : null;
            entries.Add((await contests.AddEntryAsync(contest.Id, new NewEntry(title, "居民自己布置，参加了四次入户工作坊。", household), cancellationToken)).Id);
        }

        var random = new Random(8);
        double[] appeal = [0.8, 0.7, 0.55, 0.5, 0.3, 0.15];
        // 刘建国 (the jumin account) votes on his phone himself.
        foreach (var resident in people.Where(p => p.Key != "刘建国").Select(p => p.Value).Order())
        {
            var chosen = 0;
            for (var e = 0; e < entries.Count && chosen < 3; e++)
            {
                if (random.NextDouble() >= appeal[e]) continue;
                await voting.VoteOnSiteAsync(contest.Id, new OnSiteVote(entries[e], resident), cancellationToken);
                chosen++;
            }
        }
    }
}
