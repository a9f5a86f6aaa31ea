using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Attendance;

/// <summary>Attendance in a period: person-times (check-ins) and unique people, the figures grant reports and dashboards read.</summary>
public sealed record AttendanceFigures(int Activities, int PersonTimes, int UniquePeople, int WalkIns);

/// <summary>
/// A community's attendance figures for any period, counted from the check-ins, never typed in. Whole years and
/// whole months are read from the <see cref="AttendanceTally"/> rows, the days around them from the check-ins,
/// so a year costs about as much as a month (one row per resident who came, not one per check-in).
/// </summary>
public sealed class AttendanceReport(LinliDb db, ResidentPlacement placement, ResidentsService residents)
{
    /// <summary>Set by initializers, not a constructor, so that EF can follow its members through the union and the grouping.</summary>
    private sealed class Attended
    {
        public int ResidentId { get; init; }
        public int PersonTimes { get; init; }
        public int WalkIns { get; init; }
    }

    /// <summary>Activities starting from <paramref name="from"/> to <paramref name="to"/> (China dates, both included), optionally only residents with a tag.</summary>
    public async Task<AttendanceFigures> FiguresAsync(int communityId, DateOnly? from, DateOnly? to, string? tag, bool maySeeSensitive, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var held = db.Set<Activity>().Where(a => a.CommunityId == communityId && a.Status != ActivityStatus.Cancelled);
        var activities = await ActivitiesService.InPeriod(held, from, to).CountAsync(cancellationToken);
        var tagged = string.IsNullOrWhiteSpace(tag) ? null
            : await residents.FilteredIdsAsync(new ResidentQuery(CommunityId: communityId, Tag: tag), maySeeSensitive, cancellationToken);

        var attended = Attendance(communityId, held, from, to);
        if (tagged is not null) attended = attended.Where(a => tagged.Contains(a.ResidentId));
        return await TotalsAsync(activities, attended, cancellationToken);
    }

    /// <summary>
    /// The attendance at the community's activities in the period of the people living in each place given (a query of
    /// homes the residents module composed), per place; <see cref="AttendanceFigures.Activities"/> is 0, as activities
    /// belong to no home.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, AttendanceFigures>> OfHomesAsync(int communityId, IQueryable<ResidentHome> homes, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var held = db.Set<Activity>().Where(a => a.CommunityId == communityId && a.Status != ActivityStatus.Cancelled);
        var attended = Attendance(communityId, held, from, to);
        var places = await (from came in attended
                            join h in homes on came.ResidentId equals h.ResidentId
                            group came by h.PlaceId into g
                            select new { g.Key, PersonTimes = g.Sum(a => a.PersonTimes), UniquePeople = g.Select(a => a.ResidentId).Distinct().Count(), WalkIns = g.Sum(a => a.WalkIns) })
            .ToListAsync(cancellationToken);
        return places.ToDictionary(p => p.Key, p => new AttendanceFigures(0, p.PersonTimes, p.UniquePeople, p.WalkIns));
    }

    private IQueryable<Attended> Attendance(int communityId, IQueryable<Activity> held, DateOnly? from, DateOnly? to) =>
        Parts(db.Set<AttendanceTally>().Where(t => t.CommunityId == communityId), held, AttendancePeriod.Of(from, to));

    /// <summary>One pass over the parts for all three figures; unique people across the parts, as someone may come in several.</summary>
    private static async Task<AttendanceFigures> TotalsAsync(int activities, IQueryable<Attended> attended, CancellationToken cancellationToken)
    {
        var totals = (await attended.GroupBy(a => 1)
            .Select(g => new { PersonTimes = g.Sum(a => a.PersonTimes), UniquePeople = g.Select(a => a.ResidentId).Distinct().Count(), WalkIns = g.Sum(a => a.WalkIns) })
            .ToListAsync(cancellationToken)).SingleOrDefault();
        return new AttendanceFigures(activities, totals?.PersonTimes ?? 0, totals?.UniquePeople ?? 0, totals?.WalkIns ?? 0);
    }

    /// <summary>
    /// The people who came to any activity of the communities in the period, each once however many communities they
    /// came to: the dashboards' unique people of a street or a district.
    /// </summary>
    public async Task<int> UniquePeopleAsync(IReadOnlyCollection<int> communityIds, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await CameAt(communityIds, from, to).Distinct().CountAsync(cancellationToken);

    /// <summary>
    /// Of the people who came to the communities' activities in the period, those who had never come to any of them
    /// before it (as far back as the records go): new participants; the others are returning.
    /// </summary>
    public async Task<int> NewPeopleAsync(IReadOnlyCollection<int> communityIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var during = CameAt(communityIds, from, to);
        if (from > RecordsBegin)
        {
            var before = CameAt(communityIds, RecordsBegin, from.AddDays(-1));
            // The same question in the form each database answers fast at a district's scale: SQLite indexes the
            // NOT IN list once, while PostgreSQL cannot hash a large NOT IN and rescans it per row (a 30 s timeout
            // in the benchmark) but runs NOT EXISTS as an anti-join.
            during = db.Database.IsNpgsql() ? during.Where(r => !before.Any(b => b == r)) : during.Where(r => !before.Contains(r));
        }
        return await during.Distinct().CountAsync(cancellationToken);
    }

    /// <summary>Before any activity Linli can hold: "before the period" starts here.</summary>
    private static readonly DateOnly RecordsBegin = new(2000, 1, 1);

    /// <summary>The residents who came to the communities' activities (not cancelled) in the period, once per tally row or check-in.</summary>
    private IQueryable<int> CameAt(IReadOnlyCollection<int> communityIds, DateOnly from, DateOnly to)
    {
        var held = db.Set<Activity>().Where(a => communityIds.Contains(a.CommunityId) && a.Status != ActivityStatus.Cancelled);
        return Parts(db.Set<AttendanceTally>().Where(t => communityIds.Contains(t.CommunityId)), held, AttendancePeriod.Of(from, to)).Select(a => a.ResidentId);
    }

    /// <summary>
    /// The tally rows (of the communities asked for) of the whole years and runs of months, and the check-ins of the days
    /// left over, as one query.
    /// </summary>
    private IQueryable<Attended> Parts(IQueryable<AttendanceTally> community, IQueryable<Activity> held, AttendancePeriod period)
    {
        var tallies = new List<IQueryable<AttendanceTally>>();
        if (period.Years is { } years)
        {
            var rows = community.Where(t => t.Month == AttendanceTally.WholeYear);
            if (years.From is { } first) rows = rows.Where(t => t.Year >= first);
            if (years.To is { } end) rows = rows.Where(t => t.Year < end);
            tallies.Add(rows);
        }
        tallies.AddRange(period.Months.Select(run => community.Where(t => t.Year == run.Year && t.Month >= run.FromMonth && t.Month <= run.ToMonth)));
        var parts = tallies.Select(rows => rows.Select(t => new Attended { ResidentId = t.ResidentId, PersonTimes = t.PersonTimes, WalkIns = t.WalkIns })).ToList();
        parts.AddRange(period.Days.Select(days => db.Set<CheckIn>()
            .Join(held.Where(a => a.StartsAt >= days.FromUtc && a.StartsAt < days.ToUtc),
                c => c.ActivityId, a => a.Id, (c, a) => new Attended { ResidentId = c.ResidentId, PersonTimes = 1, WalkIns = c.WalkIn ? 1 : 0 })));
        return parts.Skip(1).Aggregate(parts[0], (all, part) => all.Concat(part));
    }
}
