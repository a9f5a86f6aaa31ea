using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// The owners' self-governance figures for the dashboards: assemblies counted (closed) in the period and their turnout
/// (owners who took part ÷ owners on the frozen rolls, over the assemblies together); compounds today, those with an
/// owners' committee whose term runs today, and their share (the seeds: 5 of 8 commercial compounds, 62.50%).
/// </summary>
public sealed class AssemblyFigures(LinliDb db, TimeProvider clock) : IFigureSource
{
    public const string Held = "assembliesHeld", Turnout = "assemblyTurnout", Compounds = "compounds", WithCommittee = "compoundsWithCommittee",
        CommitteeShare = "committeeShare";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Held, "Figure.AssembliesHeld", "Unit.Sessions", Additive: true, ListPath: "/console/assemblies"),
        new(Turnout, "Figure.AssemblyTurnout", "Unit.Percent", Additive: false, ListPath: "/console/assemblies"),
        new(Compounds, "Figure.Compounds", "Unit.Compounds", Additive: true, AsOfToday: true, ListPath: "/console/assemblies"),
        new(WithCommittee, "Figure.CompoundsWithCommittee", "Unit.Compounds", Additive: true, AsOfToday: true, ListPath: "/console/assemblies"),
        new(CommitteeShare, "Figure.CommitteeShare", "Unit.Percent", Additive: false, AsOfToday: true, ListPath: "/console/assemblies"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var held = await FigureRules.CountPerCommunityAsync(Closed(window), a => a.CommunityId, cancellationToken);
        var (compounds, withCommittee) = await CompoundsAsync(ids, cancellationToken);
        return ids.ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Held] = held.GetValueOrDefault(c),
            [Compounds] = compounds.Count(x => x.Community == c),
            [WithCommittee] = compounds.Count(x => x.Community == c && withCommittee.Contains(x.Id)),
        });
    }

    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var figures = new Dictionary<string, decimal>();
        if (window.Keys.Contains(Turnout))
        {
            var closed = Closed(window);
            var onRolls = await closed.SumAsync(a => (long)a.TotalOwners, cancellationToken);
            var tookPart = await db.Set<Ballot>().CountAsync(b => closed.Any(a => a.Id == b.AssemblyId), cancellationToken);
            figures[Turnout] = FigureRules.Percent(tookPart, onRolls);
        }
        if (window.Keys.Contains(CommitteeShare))
        {
            var (compounds, withCommittee) = await CompoundsAsync(window.CommunityIds, cancellationToken);
            figures[CommitteeShare] = FigureRules.Percent(compounds.Count(c => withCommittee.Contains(c.Id)), compounds.Count);
        }
        return figures;
    }

    private IQueryable<OwnersAssembly> Closed(FigureWindow window)
    {
        var (ids, from, to) = (window.CommunityIds, window.StartUtc, window.EndUtc);
        return db.Set<OwnersAssembly>().Where(a => ids.Contains(a.CommunityId) && a.Status == AssemblyStatus.Closed && a.ClosedAt >= from && a.ClosedAt < to);
    }

    /// <summary>The compounds of the communities (each with its community), and which of them have a committee whose term runs today.</summary>
    private async Task<(IReadOnlyList<(int Id, int Community)> Compounds, IReadOnlySet<int> WithCommittee)> CompoundsAsync(IReadOnlyCollection<int> ids,
        CancellationToken cancellationToken)
    {
        var communities = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Path }).ToListAsync(cancellationToken);
        var paths = communities.Select(c => c.Path).ToList();
        var compounds = (await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Compound && paths.Any(p => r.Path.StartsWith(p)))
                .Select(r => new { r.Id, r.Path }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, communities.First(c => r.Path.StartsWith(c.Path, StringComparison.Ordinal)).Id)).ToList();
        var today = ChinaTime.Today(clock);
        var withCommittee = (await db.Set<CommitteeTerm>().Where(t => ids.Contains(t.CommunityId) && t.StartsOn <= today && t.EndsOn >= today)
            .Select(t => t.CompoundId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return (compounds, withCommittee);
    }
}
