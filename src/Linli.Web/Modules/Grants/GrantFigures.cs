using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants;

/// <summary>
/// The micro-grants' figures for the dashboards, by the community a project serves: projects awarded in the period and
/// the money awarded (元, on the day of the award), the money spent (expenditures dated in the period), and the
/// projects running today.
/// </summary>
public sealed class GrantFigures(LinliDb db) : IFigureSource
{
    public const string Awarded = "grantProjects", AwardedMoney = "grantAwarded", Spent = "grantSpent", Running = "grantProjectsRunning";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Awarded, "Figure.GrantProjects", "Unit.Projects", Additive: true, ListPath: "/console/grants"),
        new(AwardedMoney, "Figure.GrantAwarded", "Unit.Yuan", Additive: true, ListPath: "/console/grants"),
        new(Spent, "Figure.GrantSpent", "Unit.Yuan", Additive: true, ListPath: "/console/grants"),
        new(Running, "Figure.GrantProjectsRunning", "Unit.Projects", Additive: true, AsOfToday: true, ListPath: "/console/grants"),
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
        return ids.ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Awarded] = awarded.TryGetValue(c, out var a) ? a.Count : 0,
            [AwardedMoney] = Money.Yuan(a?.Fen ?? 0),
            [Spent] = Money.Yuan(spent.GetValueOrDefault(c)),
            [Running] = running.GetValueOrDefault(c),
        });
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
