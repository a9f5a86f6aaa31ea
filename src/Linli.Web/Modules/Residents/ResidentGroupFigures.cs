using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// The register's groups for the dashboards, today: residents living here by age band (60, 70 and 80 and over — the
/// seeds count 985 residents over 70), children under 14, and those with the sensitive disability or low-income tag
/// (counted from the keyed lookups; nothing sealed is opened). Children and the two tags are sensitive: small cells
/// withheld.
/// </summary>
public sealed class ResidentGroupFigures(LinliDb db, ResidentTagService tags, TimeProvider clock) : IFigureSource
{
    public const string Aged60 = "aged60", Aged70 = "aged70", Aged80 = "aged80", Children = "children", Disabled = "disabled", LowIncome = "lowIncome";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Aged60, "Figure.Aged60", "Unit.People", Additive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents"),
        new(Aged70, "Figure.Aged70", "Unit.People", Additive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents"),
        new(Aged80, "Figure.Aged80", "Unit.People", Additive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents"),
        new(Children, "Figure.Children", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents"),
        new(Disabled, "Figure.Disabled", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents/care"),
        new(LowIncome, "Figure.LowIncome", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents/care"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var living = db.Set<Resident>().Where(r => ids.Contains(r.CommunityId) && r.Status == ResidentStatus.Living);
        var (sixty, seventy, eighty, fourteen) = BornBy();
        var ages = await living.GroupBy(r => r.CommunityId).Select(g => new
        {
            g.Key,
            Aged60 = g.Count(r => r.BirthDate <= sixty),
            Aged70 = g.Count(r => r.BirthDate <= seventy),
            Aged80 = g.Count(r => r.BirthDate <= eighty),
            Children = g.Count(r => r.BirthDate > fourteen),
        }).ToDictionaryAsync(a => a.Key, cancellationToken);
        var (disabled, lowIncome) = (tags.Lookup(CareTags.Disability), tags.Lookup(CareTags.LowIncomeHousehold));
        var flagged = await db.Set<CareFlag>().Where(f => ids.Contains(f.CommunityId) && (f.KeyLookup == disabled || f.KeyLookup == lowIncome)
                && living.Any(r => r.Id == f.ResidentId))
            .GroupBy(f => new { f.CommunityId, f.KeyLookup }).Select(g => new { g.Key.CommunityId, g.Key.KeyLookup, Count = g.Select(f => f.ResidentId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        decimal Flagged(int community, string lookup) => flagged.FirstOrDefault(f => f.CommunityId == community && f.KeyLookup == lookup)?.Count ?? 0;
        return ids.ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Aged60] = ages.TryGetValue(c, out var a) ? a.Aged60 : 0,
            [Aged70] = a?.Aged70 ?? 0,
            [Aged80] = a?.Aged80 ?? 0,
            [Children] = a?.Children ?? 0,
            [Disabled] = Flagged(c, disabled),
            [LowIncome] = Flagged(c, lowIncome),
        });
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken)
    {
        var homes = window.Homes;
        var (sixty, seventy, eighty, fourteen) = BornBy();
        var ages = await (from h in homes
                          join r in db.Set<Resident>() on h.ResidentId equals r.Id
                          group r.BirthDate by h.PlaceId into g
                          select new
                          {
                              g.Key,
                              Aged60 = g.Count(b => b <= sixty),
                              Aged70 = g.Count(b => b <= seventy),
                              Aged80 = g.Count(b => b <= eighty),
                              Children = g.Count(b => b > fourteen),
                          }).ToListAsync(cancellationToken);
        var (disabled, lowIncome) = (tags.Lookup(CareTags.Disability), tags.Lookup(CareTags.LowIncomeHousehold));
        var flagged = await (from f in db.Set<CareFlag>()
                             where f.CommunityId == window.CommunityId && (f.KeyLookup == disabled || f.KeyLookup == lowIncome)
                             join h in homes on f.ResidentId equals h.ResidentId
                             group f.ResidentId by new { h.PlaceId, f.KeyLookup } into g
                             select new { g.Key.PlaceId, g.Key.KeyLookup, Count = g.Distinct().Count() }).ToListAsync(cancellationToken);
        Dictionary<int, decimal> Flagged(string lookup) => flagged.Where(f => f.KeyLookup == lookup).ToDictionary(f => f.PlaceId, f => (decimal)f.Count);
        return FigureRules.ByPlace(
            (Aged60, ages.ToDictionary(a => a.Key, a => (decimal)a.Aged60)),
            (Aged70, ages.ToDictionary(a => a.Key, a => (decimal)a.Aged70)),
            (Aged80, ages.ToDictionary(a => a.Key, a => (decimal)a.Aged80)),
            (Children, ages.ToDictionary(a => a.Key, a => (decimal)a.Children)),
            (Disabled, Flagged(disabled)),
            (LowIncome, Flagged(lowIncome)));
    }

    /// <summary>The latest birthdays of people 60, 70 and 80 or over today, and the last of those 14 or over (a child is born after it).</summary>
    private (DateOnly Sixty, DateOnly Seventy, DateOnly Eighty, DateOnly Fourteen) BornBy()
    {
        var today = ChinaTime.Today(clock);
        return (Ages.BornBy(today, 60), Ages.BornBy(today, 70), Ages.BornBy(today, CareTags.ElderlyAge), Ages.BornBy(today, CareTags.ChildAge));
    }
}
