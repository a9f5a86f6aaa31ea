using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Volunteers.Patrols;
using Linli.Web.Modules.Volunteers.Recognition;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Demo;

/// <summary>
/// 青桐社区's balcony-contest families patrolling every Saturday evening (seed 002 case 9), the last four walks logged —
/// one found a dark lamp at the north gate and sent it on as a 365 request — and the past year's recognition round counted
/// mostly by services (seed 002 case 5), decided, its certificates issued jointly with 锦城社工服务中心.
/// </summary>
public sealed class PracticesDemo(Platform.Data.LinliDb db, ResidentDirectory residents, VolunteersService volunteers, VolunteerRecordsService records, PatrolsService patrols, RecognitionRounds rounds,
    TimeProvider clock) : IDemoContributor
{
    /// <summary>After the care module's demo: the patrol's finding becomes one of its 365 requests.</summary>
    public int Order => 99;

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "qingtong")], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        var registered = await db.Set<Volunteer>().Where(v => v.CommunityId == community.Id).ToDictionaryAsync(v => v.ResidentId, v => v.Id, cancellationToken);
        var team = new List<int>();
        foreach (var name in new[] { "郑国庆", "冯小军", "马海燕", "吴淑芬" })
        {
            if (!people.TryGetValue(name, out var resident)) return;
            team.Add(registered.TryGetValue(resident, out var id) ? id
                : (await volunteers.RegisterAsync(new RegisterVolunteerRequest(resident, ["巡逻"], true, ["平安"]), Staff, cancellationToken)).Id);
        }

        var rota = await patrols.CreateAsync(new PatrolRotaRequest(community.Id, "最美阳台巡逻队", "1号院—中心花园—2号院北门", "每周六 19:00–20:30", 1.5m, team), Staff,
            cancellationToken);
        var today = ChinaTime.Today(clock);
        // The last Saturday before today: that evening's walk is over.
        var sinceSaturday = ((int)today.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        var saturday = today.AddDays(-(sinceSaturday == 0 ? 7 : sinceSaturday));
        for (var week = 3; week >= 0; week--)
        {
            var on = saturday.AddDays(-7 * week);
            IReadOnlyList<PatrolIssueRequest> found = week switch
            {
                2 => [new("北门路灯不亮，晚上出入看不清", "2号院北门", PatrolFollowUp.Request)],
                0 => [new("3号楼消防通道停了两辆电动车，已劝离", "3号楼", PatrolFollowUp.None)],
                _ => [],
            };
            await patrols.LogAsync(rota, new PatrolLogRequest(on, week == 1 ? team[..3] : team, Notes: week == 0 ? "劝阻一起高空抛物" : null, Issues: found), Staff,
                cancellationToken);
        }

        // The team's captain rated excellent, 马海燕 good: the round's performance part tells them apart.
        await records.EvaluateAsync(team[0], new EvaluationRequest(QualityRating.Excellent, today.AddDays(-3), "带队认真，劝阻不文明行为有方法"), Staff, cancellationToken);
        await records.EvaluateAsync(team[2], new EvaluationRequest(QualityRating.Good, today.AddDays(-3), ""), Staff, cancellationToken);
        var round = await rounds.CreateAsync(new RecognitionRoundRequest(community.Id, "近一年志愿服务表彰", today.AddYears(-1).AddDays(1), today,
            new RecognitionWeights(60, 30, 10), 3), Staff, cancellationToken);
        await rounds.DecideAsync(round, Staff, cancellationToken);
        await rounds.CertifyAsync(round, new RoundCertificatesRequest("锦城社工服务中心", true), "", Staff, cancellationToken);
    }
}
