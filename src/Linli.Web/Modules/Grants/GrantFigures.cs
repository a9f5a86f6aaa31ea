using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants;

/// <summary>
/// The micro-grants' figures for the dashboards, by the community a project serves: projects awarded in the period and
/// the money awarded (元, on the day of the award), the money spent (expenditures dated in the period), the projects
/// running today; and the attainment of what was promised: of the targets the projects closed in the period promised
/// (their closing review passed), how many the records show reached (<see cref="TargetActuals"/>, the program
/// dashboard's rule) and the share — judged at closing, when a project has had its whole period.
/// </summary>
public sealed class GrantFigures(LinliDb db, ActivityDirectory activities, TargetActuals targets) : IFigureSource
{
    public const string Awarded = "grantProjects", AwardedMoney = "grantAwarded", Spent = "grantSpent", Running = "grantProjectsRunning",
        Targets = "grantTargets", TargetsReached = "grantTargetsReached", Attainment = "grantAttainment";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Awarded, "Figure.GrantProjects", "Unit.Projects", Additive: true, ListPath: "/console/grants"),
        new(AwardedMoney, "Figure.GrantAwarded", "Unit.Yuan", Additive: true, ListPath: "/console/grants"),
        new(Spent, "Figure.GrantSpent", "Unit.Yuan", Additive: true, ListPath: "/console/grants"),
        new(Running, "Figure.GrantProjectsRunning", "Unit.Projects", Additive: true, AsOfToday: true, ListPath: "/console/grants"),
        new(Targets, "Figure.GrantTargets", "Unit.Targets", Additive: true, ListPath: "/console/grants"),
        new(TargetsReached, "Figure.GrantTargetsReached", "Unit.Targets", Additive: true, ListPath: "/console/grants"),
        new(Attainment, "Figure.GrantAttainment", "Unit.Percent", Additive: false, ListPath: "/console/grants"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var (from, to) = (window.StartUtc, window.EndUtc);
        var awarded = await db.Set<GrantProject>().Where(p => ids.Contains(p.CommunityId) && p.AwardedAt >= from && p.AwardedAt < to).GroupBy(p => p.CommunityId)
            .Select(g => new { g.Key, Count = g.Count(), Fen = g.Sum(p => p.AmountFen) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var spent = await db.Set<Expenditure>().Where(e => ids.Contains(e.CommunityId) && e.On >= window.From && e.On <= window.To).GroupBy(e => e.CommunityId)
            .Select(g => new { g.Key, Fen = g.Sum(e => e.AmountFen) }).ToDictionaryAsync(g => g.Key, g => g.Fen, cancellationToken);
        var running = await FigureRules.CountPerCommunityAsync(db.Set<GrantProject>().Where(p => ids.Contains(p.CommunityId) && p.Status == ProjectStatus.Running),
            p => p.CommunityId, cancellationToken);
        var closed = window.Keys.Contains(Targets) || window.Keys.Contains(TargetsReached) ? await ClosedTargetsAsync(window, cancellationToken) : [];
        return ids.ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Awarded] = awarded.TryGetValue(c, out var a) ? a.Count : 0,
            [AwardedMoney] = Money.Yuan(a?.Fen ?? 0),
            [Spent] = Money.Yuan(spent.GetValueOrDefault(c)),
            [Running] = running.GetValueOrDefault(c),
            [Targets] = closed.Count(t => t.CommunityId == c),
            [TargetsReached] = closed.Count(t => t.CommunityId == c && t.Reached),
        });
    }

    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        if (!window.Keys.Contains(Attainment)) return FigureRules.None;
        var closed = await ClosedTargetsAsync(window, cancellationToken);
        return new Dictionary<string, decimal> { [Attainment] = FigureRules.Percent(closed.Count(t => t.Reached), closed.Count) };
    }

    /// <summary>The targets of the communities' projects closed in the period, each with whether it was reached.</summary>
    private async Task<List<(int CommunityId, bool Reached)>> ClosedTargetsAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var projects = await db.Set<GrantProject>().AsNoTracking().Where(p => ids.Contains(p.CommunityId) && p.ClosedOn >= window.From && p.ClosedOn <= window.To)
            .Select(p => new { p.Id, p.ApplicationId, p.CommunityId }).ToListAsync(cancellationToken);
        if (projects.Count == 0) return [];
        var counted = await activities.ProjectFiguresAsync([.. projects.Select(p => p.Id)], null, null, withPeopleAndRatings: false, cancellationToken);
        var (actuals, _) = await targets.OfAsync(projects.ToDictionary(p => p.ApplicationId, p => p.Id),
            p => counted.GetValueOrDefault(p, ProjectActivityFigures.None), cancellationToken);
        var community = projects.ToDictionary(p => p.Id, p => p.CommunityId);
        return [.. actuals.Select(a => (community[a.ProjectId], a.Reached))];
    }
}
