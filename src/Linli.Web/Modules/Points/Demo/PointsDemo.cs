using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points.Demo;

/// <summary>
/// 青桐社区's exchange as seeds 002 and 004 run one: eggs, batteries and rice donated by partners, and residents who
/// earned points sorting waste and volunteering. 刘建国 (`jumin`) has 35 points: enough for a tray of eggs.
/// </summary>
public sealed class PointsDemo(Platform.Data.LinliDb db, ResidentDirectory residents, PointsService points, ExchangeService exchange, Earning.EarningService earning) : IDemoContributor
{
    public int Order => 40;

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "qingtong"),
        new Claim(ClaimTypes.Role, Platform.Identity.Roles.CommunityStaff)], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        (string Name, int Cost, int Stock, string Donor)[] items =
        [
            ("电池两节", 5, 50, "锦城街道环卫所"),
            ("鸡蛋一盘", 10, 20, "青桐爱心超市"),
            ("洗衣液一瓶", 30, 8, "青桐爱心超市"),
            ("大米一袋（5斤）", 50, 10, "锦城社区基金会"),
        ];
        foreach (var (name, cost, stock, donor) in items)
            await exchange.AddItemAsync(new NewCatalogItem(community.Id, name, cost, stock, donor), cancellationToken);

        // The waste-sorting team's rules (seed 004): 2 points a drop, and 3 drops in a week earn 20 more and 20 bags.
        await earning.AddRuleAsync(new Earning.NewRule(community.Id, Earning.RuleKind.PerDeed, "垃圾分类投放", 2, null, null), Staff, cancellationToken);
        await earning.AddRuleAsync(new Earning.NewRule(community.Id, Earning.RuleKind.WeeklyThreshold, "垃圾分类投放", 20, 3, "垃圾袋20个"), Staff, cancellationToken);
        await earning.AddRuleAsync(new Earning.NewRule(community.Id, Earning.RuleKind.PerVolunteerHour, null, 5, null, null), Staff, cancellationToken);

        (string Resident, int Points, string Reason)[] awards =
        [
            ("刘建国", 20, "垃圾分类投放（一周三次）"),
            ("刘建国", 15, "义诊志愿服务2小时"),
            ("陈玉珍", 20, "垃圾分类投放（一周三次）"),
            ("郑国庆", 40, "楼栋长协助入户走访"),
        ];
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        for (var n = 0; n < awards.Length; n++)
            if (people.TryGetValue(awards[n].Resident, out var id))
                await points.AwardAsync(new AwardRequest(id, awards[n].Points, awards[n].Reason, $"demo-{n}"), Staff, cancellationToken);
    }
}
