using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards.Facts;

/// <summary>
/// A source's additive figures per community for a window, read from the kept month facts for each whole month that
/// has them and counted from the records for the rest (the edge days, the running month, a month not yet kept) — so a
/// district's year is a sum over a few hundred rows, and a record typed in today still counts today. A street's or a
/// district's counts of today are read as the scheduler last kept them (<see cref="TodayFact"/>), within two hours.
/// </summary>
public sealed class FigureFacts(LinliDb db, TimeProvider clock)
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

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(IFigureSource source,
        IReadOnlyList<FigureDefinition> figures, FigureWindow window, CancellationToken cancellationToken)
    {
        var keepable = figures.Where(f => Keepable(f) && window.Keys.Contains(f.Key)).Select(f => f.Key).ToHashSet();
        var ofToday = figures.Where(f => f.Additive && f.AsOfToday && window.Keys.Contains(f.Key)).Select(f => f.Key).ToHashSet();
        var months = keepable.Count == 0 ? [] : await KeptMonthsAsync(window.From, window.To, cancellationToken);
        var today = ofToday.Count == 0 ? null : await KeptTodayAsync(window.CommunityIds, ofToday, cancellationToken);
        if (months.Count == 0 && today is null) return await source.PerCommunityAsync(window, cancellationToken);

        var values = window.CommunityIds.ToDictionary(c => c, _ => new Dictionary<string, decimal>());
        if (today is not null)
        {
            Add(values, today, ofToday);
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
        if (months.Count == 0) return Values(values);

        var ids = window.CommunityIds;
        var facts = await db.Set<MonthFact>().AsNoTracking()
            .Where(f => months.Contains(f.Month) && ids.Contains(f.CommunityId) && keepable.Contains(f.Key))
            .GroupBy(f => new { f.CommunityId, f.Key }).Select(g => new { g.Key.CommunityId, g.Key.Key, Value = g.Sum(f => f.Value) })
            .ToListAsync(cancellationToken);
        foreach (var fact in facts) values[fact.CommunityId][fact.Key] = values[fact.CommunityId].GetValueOrDefault(fact.Key) + Normal(fact.Value);
        return Values(values);
    }

    /// <summary>When the oldest of the kept counts of today this request read were counted, or null when all were counted live.</summary>
    public DateTime? TodayCountedAt { get; private set; }

    /// <summary>
    /// The communities' counts of today as last kept, for a window of several communities (a street, a district) when
    /// every one is kept and fresh; otherwise null, and they are counted from the records — as always for one community,
    /// whose own staff expect a resident they just registered to count.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>?> KeptTodayAsync(IReadOnlyCollection<int> ids, HashSet<string> keys,
        CancellationToken cancellationToken)
    {
        if (ids.Count < 2) return null;
        var since = clock.GetUtcNow().UtcDateTime - FactKeeper.TodayFreshFor;
        var kept = await db.Set<TodayFact>().AsNoTracking().Where(f => ids.Contains(f.CommunityId) && keys.Contains(f.Key) && f.CountedAt > since)
            .ToListAsync(cancellationToken);
        if (kept.Count < ids.Count * keys.Count) return null;
        var oldest = kept.Min(f => f.CountedAt);
        TodayCountedAt = TodayCountedAt is { } earlier && earlier < oldest ? earlier : oldest;
        return kept.GroupBy(f => f.CommunityId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(f => f.Key, f => Normal(f.Value)));
    }

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
