using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Jobs;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>
/// The day before: everyone confirmed for a published activity starting within the next 24 hours is told once
/// (portal, or a text message without an account). Each reminder is claimed by setting RemindedAt with a
/// conditional update before it is sent, so the hourly job never sends one twice.
/// </summary>
public sealed class ActivityReminders(LinliDb db, ResidentNotifier notifier, TimeProvider clock) : IPeriodicWork
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Ahead;
        var due = await db.Set<Registration>().IgnoreQueryFilters()
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.RemindedAt == null)
            .Join(db.Set<Activity>().IgnoreQueryFilters().Where(a => a.Status == ActivityStatus.Published && a.StartsAt > now && a.StartsAt <= until),
                r => r.ActivityId, a => a.Id, (r, a) => new { r.Id, r.ResidentId, a.Title, a.StartsAt, a.Place })
            .OrderBy(x => x.Id).Take(5_000).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var reminder in due)
        {
            if (await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.Id == reminder.Id && r.RemindedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedAt, now), cancellationToken) == 0)
                continue;
            await notifier.NotifyAsync(reminder.ResidentId, "Notify.ActivitySoon",
                [reminder.Title, ChinaTime.ToOffset(reminder.StartsAt).ToString("yyyy-MM-dd HH:mm"), reminder.Place ?? ""], "/portal/activities", cancellationToken);
            sent++;
        }
        return sent;
    }
}
