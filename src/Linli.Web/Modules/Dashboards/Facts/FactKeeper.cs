using System.Diagnostics;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Jobs;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards.Facts;

/// <summary>
/// Keeps the facts on the scheduler (hourly): every community's counts of today (<see cref="TodayFact"/>), and the
/// month facts — every finished month of the last ten years (the longest period asked for) counted from the records by
/// each module and kept; the last three months counted again on every run, since sign-in sheets and visits are typed
/// in late, and older months once a week. A run stops starting months after
/// <see cref="RunFor"/>, most recent first, so a first run over years of records spreads over a few hours. A month is
/// replaced whole in one transaction; two hosts counting it at once leave one of the two counts, both right. The places
/// right below each community (its compounds) have their figures by home kept alongside, today's and each period's.
/// </summary>
public sealed class FactKeeper(LinliDb db, FigureCatalogue catalogue, Residents.ResidentDirectory residents, TimeProvider clock) : IPeriodicWork
{
    public const int RecentMonths = 3;
    public static readonly TimeSpan RecentEvery = TimeSpan.FromMinutes(50), OlderEvery = TimeSpan.FromDays(7), RunFor = TimeSpan.FromMinutes(2);

    /// <summary>How long kept counts of today are read (two runs of the scheduler): older, they are counted live.</summary>
    public static readonly TimeSpan TodayFreshFor = TimeSpan.FromHours(2);

    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var running = Stopwatch.StartNew();
        var done = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<TodayFact>().MaxAsync(f => (DateTime?)f.CountedAt, cancellationToken) is not { } counted || now - counted >= RecentEvery)
        {
            await KeepTodayAsync(cancellationToken);
            done++;
        }
        var thisYear = ChinaTime.Today(clock).Year;
        var years = new SortedSet<int>();
        foreach (var month in await DueAsync(cancellationToken))
        {
            if (running.Elapsed > RunFor) break;
            await KeepAsync(month, cancellationToken);
            if (month.Year < thisYear) years.Add(month.Year);
            done++;
        }
        // A finished year's unique people are not its months': counted again with any of its months.
        foreach (var year in years.Reverse()) await KeepRegionFactsAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
        return done;
    }

    /// <summary>The months to count now, most recent first.</summary>
    public async Task<IReadOnlyList<DateOnly>> DueAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var counted = await db.Set<FactMonth>().AsNoTracking().ToDictionaryAsync(m => m.Month, m => m.CountedAt, cancellationToken);
        var due = new List<DateOnly>();
        for (var month = thisMonth.AddMonths(-1); month >= thisMonth.AddYears(-FiguresService.MaxYears); month = month.AddMonths(-1))
        {
            var every = month >= thisMonth.AddMonths(-RecentMonths) ? RecentEvery : OlderEvery;
            if (!counted.TryGetValue(month, out var at) || now - at >= every) due.Add(month);
        }
        return due;
    }

    /// <summary>
    /// Counts every community's additive counts of today from the records and keeps them, zeros included, replacing the
    /// last count; and of each place right below a community, its counts of today by home.
    /// </summary>
    public async Task KeepTodayAsync(CancellationToken cancellationToken)
    {
        var communities = await CommunitiesAsync(cancellationToken);
        var places = await PlacesAsync(communities, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var facts = new List<TodayFact>();
        foreach (var (source, figures) in catalogue.Select(null))
        {
            var keys = figures.Where(f => f.Additive && f.AsOfToday).Select(f => f.Key).ToHashSet();
            if (keys.Count == 0) continue;
            var counted = await source.PerCommunityAsync(new FigureWindow(communities, today, today, keys), cancellationToken);
            facts.AddRange(communities.SelectMany(c => keys.Select(k => new TodayFact(c, c, k, counted.GetValueOrDefault(c)?.GetValueOrDefault(k) ?? 0, now))));
            var byHome = figures.Where(f => f.AsOfToday && f.ByHome).Select(f => f.Key).ToHashSet();
            facts.AddRange((await ByHomeAsync(source, places, today, today, byHome, cancellationToken)).Select(c => new TodayFact(c.Community, c.Place.Id, c.Key, c.Value, now)));
        }
        await ReplaceAsync(async () => await db.Set<TodayFact>().ExecuteDeleteAsync(cancellationToken), facts, cancellationToken);
    }

    /// <summary>Counts and keeps, replacing, the figures that do not add up of every district, street and community over a whole year.</summary>
    public async Task KeepRegionFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var regional = await RegionFactsAsync(from, to, cancellationToken);
        await ReplaceAsync(async () => await db.Set<RegionFact>().Where(f => f.From == from && f.To == to).ExecuteDeleteAsync(cancellationToken), regional,
            cancellationToken);
    }

    /// <summary>
    /// Each district's, street's and community's figures that do not add up over the period, counted over its
    /// communities together; and each place's right below a community, its figures by home over the period.
    /// </summary>
    private async Task<List<RegionFact>> RegionFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var areas = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.District || r.Kind == RegionKind.Street || r.Kind == RegionKind.Community)
            .Select(r => new { r.Id, r.Path, r.Kind }).ToListAsync(cancellationToken);
        var communities = areas.Where(a => a.Kind == RegionKind.Community).ToList();
        var places = await PlacesAsync([.. communities.Select(c => c.Id)], cancellationToken);
        var facts = new List<RegionFact>();
        foreach (var (source, figures) in catalogue.Select(null))
        {
            var keys = figures.Where(FigureFacts.RegionKeepable).Select(f => f.Key).ToHashSet();
            foreach (var area in keys.Count == 0 ? [] : areas)
            {
                var under = communities.Where(c => c.Path.StartsWith(area.Path, StringComparison.Ordinal)).Select(c => c.Id).ToList();
                var counted = under.Count == 0 ? FigureRules.None : await source.TogetherAsync(new FigureWindow(under, from, to, keys), cancellationToken);
                facts.AddRange(keys.Select(k => new RegionFact(area.Id, area.Path, from, to, k, counted.GetValueOrDefault(k))));
            }
            var byHome = figures.Where(f => f.ByHome && !f.AsOfToday).Select(f => f.Key).ToHashSet();
            facts.AddRange((await ByHomeAsync(source, places, from, to, byHome, cancellationToken)).Select(c => new RegionFact(c.Place.Id, c.Place.Path, from, to, c.Key, c.Value)));
        }
        return facts;
    }

    /// <summary>A source's figures by home of the places right below each community, zeros included; none when no key is asked.</summary>
    private async Task<List<(int Community, RegionNode Place, string Key, decimal Value)>> ByHomeAsync(IFigureSource source, Dictionary<int, List<RegionNode>> places,
        DateOnly from, DateOnly to, HashSet<string> keys, CancellationToken cancellationToken)
    {
        var counts = new List<(int Community, RegionNode Place, string Key, decimal Value)>();
        if (keys.Count == 0) return counts;
        foreach (var (community, under) in places)
        {
            var home = await source.OfHomesAsync(new HomeWindow(community, residents.HomesIn(community, [.. under.Select(p => p.Id)]), from, to, keys), cancellationToken);
            counts.AddRange(under.SelectMany(p => keys.Select(k => (community, p, k, home.GetValueOrDefault(p.Id)?.GetValueOrDefault(k) ?? 0))));
        }
        return counts;
    }

    private async Task<List<int>> CommunitiesAsync(CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Community).Select(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The places right below each community (its compounds, or its buildings where it has none): those whose figures by home are kept.</summary>
    private async Task<Dictionary<int, List<RegionNode>>> PlacesAsync(List<int> communities, CancellationToken cancellationToken) =>
        (await db.Regions.AsNoTracking().Where(r => r.ParentId != null && communities.Contains(r.ParentId.Value) && FiguresService.Places.Contains(r.Kind))
            .ToListAsync(cancellationToken)).GroupBy(r => r.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>
    /// Counts a finished month's figures from the records and keeps them, replacing what was kept: every community's
    /// additive ones, and every district's, street's and community's that do not add up.
    /// </summary>
    public async Task KeepAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var last = month.AddMonths(1).AddDays(-1);
        var communities = await CommunitiesAsync(cancellationToken);
        var regional = await RegionFactsAsync(month, last, cancellationToken);
        var facts = new List<MonthFact>();
        foreach (var (source, figures) in catalogue.Select(null))
        {
            var keys = figures.Where(FigureFacts.Keepable).Select(f => f.Key).ToHashSet();
            if (keys.Count == 0) continue;
            var counted = await source.PerCommunityAsync(new FigureWindow(communities, month, last, keys), cancellationToken);
            facts.AddRange(counted.SelectMany(c => keys.Where(k => c.Value.GetValueOrDefault(k) != 0).Select(k => new MonthFact(c.Key, month, k, c.Value[k]))));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await ReplaceAsync(async () =>
        {
            await db.Set<MonthFact>().Where(f => f.Month == month).ExecuteDeleteAsync(cancellationToken);
            await db.Set<RegionFact>().Where(f => f.From == month && f.To == last).ExecuteDeleteAsync(cancellationToken);
            await db.Set<FactMonth>().Where(m => m.Month == month).ExecuteDeleteAsync(cancellationToken);
        }, [.. facts, .. regional, new FactMonth(month, now)], cancellationToken);
    }

    /// <summary>Deletes what was kept and adds what was counted in one transaction: readers see the old facts or the new, never a mix.</summary>
    private async Task ReplaceAsync(Func<Task> delete, IEnumerable<object> counted, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await delete();
        db.AddRange(counted);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
