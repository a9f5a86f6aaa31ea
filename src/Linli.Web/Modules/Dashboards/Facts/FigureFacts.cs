using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards.Facts;

/// <summary>Figures per community (or place) and, when counts of today were read as kept, the oldest time they were counted.</summary>
public sealed record Counted(IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> Values, DateTime? TodayCountedAt);

/// <summary>
/// A source's additive figures per community for a window, read from the kept month facts for each whole month that
/// has them and counted from the records for the rest (the edge days, the running month, a month not yet kept) — so a
/// district's year is a sum over a few hundred rows, and a record typed in today still counts today. A street's or a
/// district's counts of today are read as the scheduler last kept them (<see cref="TodayFact"/>), within two hours, and
/// so are a community's when it is shown with its places' kept counts (so the places and what is left add up to it).
/// A community's places — the compounds or buildings right below it — have their figures by home kept too: over whole
/// months and years as <see cref="RegionFact"/>s, today's as <see cref="TodayFact"/>s.
/// </summary>
public sealed class FigureFacts(LinliDb db, Residents.ResidentDirectory residents, TimeProvider clock)
{
    private HashSet<DateOnly>? kept;

    /// <summary>Whether a figure can be kept per month: it adds up, and it is a count over a period, not of today.</summary>
    public static bool Keepable(FigureDefinition figure) => figure.Additive && !figure.AsOfToday;

    /// <summary>Whether a figure is kept per region over whole months and years: it does not add up, and it is a count over a period.</summary>
    public static bool RegionKeepable(FigureDefinition figure) => !figure.Additive && !figure.AsOfToday;

    /// <summary>
    /// A source's figures that do not add up for a region over the window: read from the region's kept facts when the
    /// window is a whole month or a whole year they were kept for, otherwise counted over its communities together.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(IFigureSource source, IReadOnlyList<FigureDefinition> figures, int regionId,
        FigureWindow window, CancellationToken cancellationToken)
    {
        var keys = figures.Where(f => RegionKeepable(f) && window.Keys.Contains(f.Key)).Select(f => f.Key).ToHashSet();
        if (keys.Count == 0 || window.CommunityIds.Count == 0 || !WholeMonthOrYear(window.From, window.To)) return await source.TogetherAsync(window, cancellationToken);
        var (from, to) = (window.From, window.To);
        var kept = await db.Set<RegionFact>().AsNoTracking().Where(f => f.RegionId == regionId && f.From == from && f.To == to && keys.Contains(f.Key))
            .ToDictionaryAsync(f => f.Key, f => Normal(f.Value), cancellationToken);
        if (kept.Count < keys.Count) return await source.TogetherAsync(window, cancellationToken);
        var ofToday = figures.Where(f => !f.Additive && f.AsOfToday && window.Keys.Contains(f.Key)).Select(f => f.Key).ToHashSet();
        if (ofToday.Count > 0)
            foreach (var (key, value) in await source.TogetherAsync(window with { Keys = ofToday }, cancellationToken))
                if (ofToday.Contains(key)) kept[key] = value;
        return kept;
    }

    private static bool WholeMonthOrYear(DateOnly from, DateOnly to) =>
        from.Day == 1 && (to == from.AddMonths(1).AddDays(-1) || (from.Month == 1 && to == from.AddYears(1).AddDays(-1)));

    /// <summary>
    /// A source's additive figures per community; counts of today read as kept when <paramref name="keptToday"/> (by
    /// default for a window of several communities) and all are kept and fresh, with when they were counted.
    /// </summary>
    public async Task<Counted> PerCommunityAsync(IFigureSource source, IReadOnlyList<FigureDefinition> figures, FigureWindow window, CancellationToken cancellationToken,
        bool? keptToday = null)
    {
        var keepable = figures.Where(f => Keepable(f) && window.Keys.Contains(f.Key)).Select(f => f.Key).ToHashSet();
        var ofToday = figures.Where(f => f.Additive && f.AsOfToday && window.Keys.Contains(f.Key)).Select(f => f.Key).ToHashSet();
        var months = keepable.Count == 0 ? [] : await KeptMonthsAsync(window.From, window.To, cancellationToken);
        var today = ofToday.Count == 0 || !(keptToday ?? window.CommunityIds.Count > 1) ? null
            : await KeptTodayAsync(window.CommunityIds, window.CommunityIds, ofToday, cancellationToken);
        if (months.Count == 0 && today is null) return new Counted(await source.PerCommunityAsync(window, cancellationToken), null);

        var values = window.CommunityIds.ToDictionary(c => c, _ => new Dictionary<string, decimal>());
        if (today is not null)
        {
            Add(values, today.Values, ofToday);
            ofToday.Clear();
        }
        foreach (var (from, to) in keepable.Count == 0 ? [] : Uncovered(window.From, window.To, months))
        {
            // Today's counts do not depend on the period: asked once, with the first stretch counted from the records.
            var asked = keepable.Union(ofToday).ToHashSet();
            Add(values, await source.PerCommunityAsync(window with { From = from, To = to, Keys = asked }, cancellationToken), asked);
            ofToday.Clear();
        }
        if (ofToday.Count > 0) Add(values, await source.PerCommunityAsync(window with { Keys = ofToday }, cancellationToken), ofToday);
        if (months.Count == 0) return new Counted(Values(values), today?.TodayCountedAt);

        var ids = window.CommunityIds;
        var facts = await db.Set<MonthFact>().AsNoTracking()
            .Where(f => months.Contains(f.Month) && ids.Contains(f.CommunityId) && keepable.Contains(f.Key))
            .GroupBy(f => new { f.CommunityId, f.Key }).Select(g => new { g.Key.CommunityId, g.Key.Key, Value = g.Sum(f => f.Value) })
            .ToListAsync(cancellationToken);
        foreach (var fact in facts) values[fact.CommunityId][fact.Key] = values[fact.CommunityId].GetValueOrDefault(fact.Key) + Normal(fact.Value);
        return new Counted(Values(values), today?.TodayCountedAt);
    }

    /// <summary>
    /// A source's figures by home for places of one community: today's read as kept when every place has them fresh,
    /// a whole month's or year's when every place has them kept (only the places right below a community do), the rest
    /// counted from the records for all the places in one query per source.
    /// </summary>
    public async Task<Counted> OfPlacesAsync(IFigureSource source, IReadOnlyList<FigureDefinition> figures, int communityId, IReadOnlyCollection<int> places,
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var values = places.ToDictionary(p => p, _ => new Dictionary<string, decimal>());
        var ofToday = figures.Where(f => f.AsOfToday).Select(f => f.Key).ToHashSet();
        var today = ofToday.Count == 0 ? null : await KeptTodayAsync([communityId], places, ofToday, cancellationToken);
        if (today is not null) Add(values, today.Values, ofToday);
        var ofPeriod = figures.Where(f => !f.AsOfToday).Select(f => f.Key).ToHashSet();
        var period = ofPeriod.Count == 0 ? null : await KeptOverAsync(places, from, to, ofPeriod, cancellationToken);
        if (period is not null) Add(values, period, ofPeriod);
        var rest = (today is null ? ofToday : []).Union(period is null ? ofPeriod : []).ToHashSet();
        if (rest.Count > 0)
            Add(values, await source.OfHomesAsync(new HomeWindow(communityId, residents.HomesIn(communityId, places), from, to, rest), cancellationToken), rest);
        return new Counted(Values(values), today?.TodayCountedAt);
    }

    /// <summary>The regions' kept values of the figures over exactly a whole month or year, when every region has every one; otherwise null.</summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>?> KeptOverAsync(IReadOnlyCollection<int> regions, DateOnly from, DateOnly to,
        HashSet<string> keys, CancellationToken cancellationToken)
    {
        if (!WholeMonthOrYear(from, to)) return null;
        var kept = await db.Set<RegionFact>().AsNoTracking().Where(f => regions.Contains(f.RegionId) && f.From == from && f.To == to && keys.Contains(f.Key))
            .ToListAsync(cancellationToken);
        return kept.Count < regions.Count * keys.Count ? null
            : ByRegion(kept, f => f.RegionId, f => f.Key, f => f.Value);
    }

    /// <summary>
    /// The counts of today of the regions (the communities themselves, or places of one of them) as last kept, when
    /// every one is kept and fresh; otherwise null, and they are counted from the records.
    /// </summary>
    private async Task<Counted?> KeptTodayAsync(IReadOnlyCollection<int> communities, IReadOnlyCollection<int> regions, HashSet<string> keys,
        CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - FactKeeper.TodayFreshFor;
        var kept = await db.Set<TodayFact>().AsNoTracking()
            .Where(f => communities.Contains(f.CommunityId) && regions.Contains(f.RegionId) && keys.Contains(f.Key) && f.CountedAt > since)
            .ToListAsync(cancellationToken);
        if (kept.Count < regions.Count * keys.Count) return null;
        return new Counted(ByRegion(kept, f => f.RegionId, f => f.Key, f => f.Value), kept.Min(f => f.CountedAt));
    }

    /// <summary>Kept rows as each region's figures.</summary>
    private static Dictionary<int, IReadOnlyDictionary<string, decimal>> ByRegion<T>(List<T> kept, Func<T, int> region, Func<T, string> key, Func<T, decimal> value) =>
        kept.GroupBy(region).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(key, f => Normal(value(f))));

    /// <summary>The column's scale comes back with a value (SQLite: 3.00): dividing by one with more places than a decimal keeps drops the trailing zeros.</summary>
    private static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    private static Dictionary<int, IReadOnlyDictionary<string, decimal>> Values(Dictionary<int, Dictionary<string, decimal>> values) =>
        values.ToDictionary(v => v.Key, v => (IReadOnlyDictionary<string, decimal>)v.Value);

    /// <summary>The whole months from <paramref name="from"/> to <paramref name="to"/> whose facts are kept.</summary>
    private async Task<List<DateOnly>> KeptMonthsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        kept ??= [.. await db.Set<FactMonth>().AsNoTracking().Select(m => m.Month).ToListAsync(cancellationToken)];
        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month.AddMonths(1).AddDays(-1) <= to; month = month.AddMonths(1))
            if (month >= from && kept.Contains(month)) months.Add(month);
        return months;
    }

    /// <summary>The stretches of the period the kept months leave out, each counted from the records.</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Uncovered(DateOnly from, DateOnly to, IReadOnlyList<DateOnly> months)
    {
        var next = from;
        foreach (var month in months)
        {
            if (month > next) yield return (next, month.AddDays(-1));
            next = month.AddMonths(1);
        }
        if (next <= to) yield return (next, to);
    }

    private static void Add(Dictionary<int, Dictionary<string, decimal>> values, IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> counted,
        IReadOnlySet<string> keys)
    {
        foreach (var (community, figures) in counted)
        {
            if (!values.TryGetValue(community, out var own)) continue;
            foreach (var key in keys) own[key] = own.GetValueOrDefault(key) + figures.GetValueOrDefault(key);
        }
    }
}
