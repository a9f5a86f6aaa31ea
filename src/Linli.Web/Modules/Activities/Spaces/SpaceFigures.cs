using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>
/// The spaces' figures for the dashboards: confirmed bookings of the community's rooms starting in the period, the
/// people counted at them, and the days its spaces were open (each space's weekly hours, from the day it was set up,
/// less its closures — the seeds' "about 200 openings of the space"; <see cref="SpaceUsage"/>'s rule).
/// </summary>
public sealed class SpaceFigures(LinliDb db) : IFigureSource
{
    public const string Bookings = "spaceBookings", Visitors = "spaceVisitors", OpenDays = "spaceOpenDays";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Bookings, "Figure.SpaceBookings", "Unit.Times", Additive: true, ListPath: "/console/spaces"),
        new(Visitors, "Figure.SpaceVisitors", "Unit.PersonTimes", Additive: true, ListPath: "/console/spaces"),
        new(OpenDays, "Figure.SpaceOpenDays", "Unit.Days", Additive: true, ListPath: "/console/spaces"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var (from, to) = (window.StartUtc, window.EndUtc);
        var booked = await db.Set<Booking>().Where(b => ids.Contains(b.CommunityId) && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt < to)
            .GroupBy(b => b.CommunityId).Select(g => new { g.Key, Count = g.Count(), Visitors = g.Sum(b => b.Visitors ?? 0) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var open = window.Keys.Contains(OpenDays) ? await DaysOpenAsync(window, cancellationToken) : [];
        return ids.ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Bookings] = booked.TryGetValue(c, out var b) ? b.Count : 0,
            [Visitors] = b?.Visitors ?? 0,
            [OpenDays] = open.GetValueOrDefault(c),
        });
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);

    private async Task<Dictionary<int, decimal>> DaysOpenAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var before = window.EndUtc;
        var spaces = await db.Set<Space>().AsNoTracking().Where(s => ids.Contains(s.CommunityId) && s.CreatedAt < before)
            .Select(s => new { s.Id, s.CommunityId, s.CreatedAt }).ToListAsync(cancellationToken);
        var spaceIds = spaces.Select(s => s.Id).ToList();
        var weekdays = (await db.Set<SpaceOpening>().AsNoTracking().Where(o => spaceIds.Contains(o.SpaceId)).Select(o => new { o.SpaceId, o.Day }).ToListAsync(cancellationToken))
            .GroupBy(o => o.SpaceId).ToDictionary(g => g.Key, g => (IReadOnlySet<DayOfWeek>)g.Select(o => o.Day).ToHashSet());
        var closed = (await db.Set<SpaceClosure>().AsNoTracking().Where(c => spaceIds.Contains(c.SpaceId) && c.On >= window.From && c.On <= window.To)
            .Select(c => new { c.SpaceId, c.On }).ToListAsync(cancellationToken)).Select(c => (c.SpaceId, c.On)).ToHashSet();
        return spaces.GroupBy(s => s.CommunityId).ToDictionary(g => g.Key, g => (decimal)g.Sum(s =>
        {
            var setUp = DateOnly.FromDateTime(ChinaTime.FromUtc(s.CreatedAt));
            return SpaceUsage.DaysOpen(weekdays.GetValueOrDefault(s.Id) ?? new HashSet<DayOfWeek>(), d => closed.Contains((s.Id, d)),
                setUp > window.From ? setUp : window.From, window.To);
        }));
    }
}
