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
/// signed up. UIDs carry the site's public host, so two Linli sites never collide in one calendar app; an activity
/// cancelled after it was announced stays in the feed as STATUS:CANCELLED (with a higher SEQUENCE), so that phones
/// take it off their calendars instead of keeping it for ever.
/// </summary>
public sealed class ActivityCalendar(LinliDb db, Platform.Hosting.PublicAddress address, TimeProvider clock)
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
            .Where(a => a.CommunityId == communityId && a.PublishedAt != null && a.Status != ActivityStatus.Draft && a.StartsAt >= from && a.StartsAt < until)
            .OrderBy(a => a.StartsAt).Take(1_000).ToListAsync(cancellationToken);

        var calendar = new Calendar { ProductId = "-//Linli//Community activities//ZH" };
        calendar.AddProperty("X-WR-CALNAME", community.Name + "活动");
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Shanghai");
        var host = address.Host;
        foreach (var a in activities)
        {
            var cancelled = a.Status == ActivityStatus.Cancelled;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"activity-{a.Id}@{host}",
                Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Sequence = cancelled ? 1 : 0,
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
