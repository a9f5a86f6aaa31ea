using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Attendance;

/// <summary>
/// Keeps the <see cref="AttendanceTally"/> rows true to the check-ins. A check-in adds one to its resident's rows for
/// the China-time year and month of the activity's start, in the check-in's own transaction, by an upsert that
/// concurrent check-ins cannot lose (INSERT ... ON CONFLICT DO UPDATE, the same SQL on SQLite and PostgreSQL).
/// Check-ins are never deleted and an activity people attended cannot be cancelled, so nothing ever subtracts.
/// </summary>
public sealed class AttendanceTallies(LinliDb db)
{
    /// <summary>Counts a check-in just saved; call inside its transaction.</summary>
    public async Task CountAsync(CheckIn checkIn, DateTime activityStartsAt, CancellationToken cancellationToken)
    {
        var start = ChinaTime.FromUtc(activityStartsAt);
        var (community, year, month, resident, walkIn) = (checkIn.CommunityId, start.Year, start.Month, checkIn.ResidentId, checkIn.WalkIn ? 1 : 0);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO activities_attendance ("CommunityId", "Year", "Month", "ResidentId", "PersonTimes", "WalkIns")
            VALUES ({community}, {year}, {AttendanceTally.WholeYear}, {resident}, 1, {walkIn}), ({community}, {year}, {month}, {resident}, 1, {walkIn})
            ON CONFLICT ("CommunityId", "Year", "Month", "ResidentId") DO UPDATE
            SET "PersonTimes" = activities_attendance."PersonTimes" + 1, "WalkIns" = activities_attendance."WalkIns" + excluded."WalkIns"
            """, cancellationToken);
    }

    /// <summary>
    /// Counts a community's tallies again from its check-ins: for check-ins written around <see cref="CountAsync"/>
    /// (the demo community, a benchmark's bulk load). Each activity's check-in count is set again too.
    /// </summary>
    public async Task RecountAsync(int communityId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<AttendanceTally>().Where(t => t.CommunityId == communityId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Activity>().IgnoreQueryFilters().Where(a => a.CommunityId == communityId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CheckedInCount, a => db.Set<CheckIn>().IgnoreQueryFilters().Count(c => c.ActivityId == a.Id)), cancellationToken);
        var starts = await db.Set<Activity>().IgnoreQueryFilters().Where(a => a.CommunityId == communityId && a.CheckedInCount > 0)
            .GroupBy(a => 1).Select(g => new { First = g.Min(a => a.StartsAt), Last = g.Max(a => a.StartsAt) }).FirstOrDefaultAsync(cancellationToken);
        if (starts is not null)
        {
            var (first, last) = (ChinaTime.FromUtc(starts.First), ChinaTime.FromUtc(starts.Last));
            for (var year = first.Year; year <= last.Year; year++)
            {
                await TallyAsync(communityId, year, AttendanceTally.WholeYear, new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1), cancellationToken);
                for (var month = 1; month <= 12; month++)
                    await TallyAsync(communityId, year, month, new DateTime(year, month, 1), new DateTime(year, month, 1).AddMonths(1), cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task TallyAsync(int communityId, int year, int month, DateTime fromChina, DateTime toChina, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (ChinaTime.ToUtc(fromChina), ChinaTime.ToUtc(toChina));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO activities_attendance ("CommunityId", "Year", "Month", "ResidentId", "PersonTimes", "WalkIns")
            SELECT {communityId}, {year}, {month}, c."ResidentId", COUNT(*), SUM(CASE WHEN c."WalkIn" THEN 1 ELSE 0 END)
            FROM activities_checkins c JOIN activities_activities a ON a."Id" = c."ActivityId"
            WHERE a."CommunityId" = {communityId} AND a."Status" <> 'Cancelled' AND a."StartsAt" >= {fromUtc} AND a."StartsAt" < {toUtc}
            GROUP BY c."ResidentId"
            """, cancellationToken);
    }
}
