using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>
/// A community's published activities as an iCalendar feed (RFC 5545) that phones and calendar apps subscribe
/// to without signing in. It carries only what the posters say (title, time, place, description), never who
/// signed up.
/// </summary>
public sealed class ActivityCalendar(LinliDb db, TimeProvider clock)
{
    /// <summary>The feed, or null when there is no such community.</summary>
    public async Task<string?> FeedAsync(int communityId, CancellationToken cancellationToken)
    {
        var community = await db.Regions.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == communityId && r.Kind == RegionKind.Community, cancellationToken);
        if (community is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var (from, until) = (now.AddDays(-30), now.AddDays(180));
        var activities = await db.Set<Activity>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.CommunityId == communityId && (a.Status == ActivityStatus.Published || a.Status == ActivityStatus.Finished)
                && a.StartsAt >= from && a.StartsAt < until)
            .OrderBy(a => a.StartsAt).Take(1_000).ToListAsync(cancellationToken);

        var calendar = new Calendar { ProductId = "-//Linli//Community activities//ZH" };
        calendar.AddProperty("X-WR-CALNAME", community.Name + "活动");
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Shanghai");
        foreach (var a in activities)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"activity-{a.Id}@linli",
                Summary = a.Title,
                Description = a.Description,
                Location = a.Place,
                Start = new CalDateTime(DateTime.SpecifyKind(a.StartsAt, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(a.EndsAt, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc)),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
