using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Spaces;

/// <summary>A space's month: days open, confirmed bookings and their hours, people counted.</summary>
public sealed record SpaceMonth(int SpaceId, string SpaceName, int Month, int DaysOpen, int Bookings, double HoursBooked, int Visitors);

/// <summary>Usage figures per space and month, counted from the opening hours, closures and bookings.</summary>
public sealed class SpaceUsage(LinliDb db, Residents.ResidentPlacement placement)
{
    public async Task<IReadOnlyList<SpaceMonth>> YearAsync(int communityId, int year, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var spaces = await db.Set<Space>().AsNoTracking().Where(s => s.CommunityId == communityId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var ids = spaces.Select(s => s.Id).ToList();
        var openDays = (await db.Set<SpaceOpening>().AsNoTracking().Where(o => ids.Contains(o.SpaceId)).ToListAsync(cancellationToken))
            .GroupBy(o => o.SpaceId).ToDictionary(g => g.Key, g => g.Select(o => o.Day).ToHashSet());
        var first = new DateOnly(year, 1, 1);
        var closures = (await db.Set<SpaceClosure>().AsNoTracking().Where(c => ids.Contains(c.SpaceId) && c.On >= first && c.On < first.AddYears(1))
            .ToListAsync(cancellationToken)).Select(c => (c.SpaceId, c.On)).ToHashSet();
        var (from, to) = (ChinaTime.ToUtc(first.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(first.AddYears(1).ToDateTime(TimeOnly.MinValue)));
        var bookings = await db.Set<Booking>().AsNoTracking()
            .Where(b => ids.Contains(b.SpaceId) && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt < to)
            .Select(b => new { b.SpaceId, b.StartsAt, b.EndsAt, b.Visitors }).ToListAsync(cancellationToken);

        var months = new List<SpaceMonth>();
        foreach (var space in spaces)
        {
            var days = openDays.GetValueOrDefault(space.Id) ?? [];
            for (var month = 1; month <= 12; month++)
            {
                var start = new DateOnly(year, month, 1);
                var daysOpen = DaysOpen(days, d => closures.Contains((space.Id, d)), start, start.AddMonths(1).AddDays(-1));
                var inMonth = bookings.Where(b => b.SpaceId == space.Id && ChinaTime.FromUtc(b.StartsAt).Month == month).ToList();
                months.Add(new SpaceMonth(space.Id, space.Name, month, daysOpen, inMonth.Count,
                    Math.Round(inMonth.Sum(b => (b.EndsAt - b.StartsAt).TotalHours), 1), inMonth.Sum(b => b.Visitors ?? 0)));
            }
        }
        return months;
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> a space with these open weekdays was open: not those it was closed.</summary>
    public static int DaysOpen(IReadOnlySet<DayOfWeek> weekdays, Func<DateOnly, bool> closed, DateOnly from, DateOnly to) =>
        from > to ? 0 : Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Count(d => weekdays.Contains(d.DayOfWeek) && !closed(d));
}
