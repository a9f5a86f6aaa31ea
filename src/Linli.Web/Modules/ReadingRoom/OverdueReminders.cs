using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Jobs;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>
/// Up to three reminders for an overdue loan, at growing delays after the due date (the community's
/// rules; 1, 7 and 21 days by default). A child's reminder goes to the guardian the loan is under.
/// Each reminder is claimed by a conditional update of the loan's count before it is sent, so the hourly
/// job and a desk's "send now" never send the same one twice. A loan recorded late, with several
/// delays already passed, gets one reminder at the level it has reached, not three in a row.
/// </summary>
public sealed class OverdueReminders(LinliDb db, ResidentNotifier notifier, AccessScope scope, TimeProvider clock) : IPeriodicWork
{
    public Task<int> RunDueAsync(CancellationToken cancellationToken) => SendDueAsync(null, cancellationToken);

    /// <summary>Sends the reminders due now in one community, or (for the system job) in every community. Returns how many went out.</summary>
    public async Task<int> SendDueAsync(int? communityId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var loans = db.Set<Loan>().Where(l => l.ReturnedAt == null && l.DueOn < today && l.RemindersSent < Loan.MaxReminders);
        if (communityId is { } community) loans = loans.Where(l => l.CommunityId == community);
        else if (!scope.IsSystem) return 0;
        var due = await loans.AsNoTracking()
            .Join(db.Set<Book>(), l => l.BookId, b => b.Id, (l, b) => new { l.Id, l.CommunityId, l.BorrowerId, l.GuardianId, l.DueOn, l.RemindersSent, b.Title })
            .OrderBy(l => l.Id).Take(5_000).ToListAsync(cancellationToken);
        var rules = new Dictionary<int, LendingRules>();
        var sent = 0;
        foreach (var loan in due)
        {
            if (!rules.TryGetValue(loan.CommunityId, out var rule))
                rules[loan.CommunityId] = rule = await db.Set<LendingRules>().IgnoreQueryFilters().AsNoTracking()
                    .FirstOrDefaultAsync(r => r.CommunityId == loan.CommunityId, cancellationToken) ?? LendingRules.Default;
            var level = loan.RemindersSent;
            while (rule.NextReminderOn(loan.DueOn, level) is { } on && on <= today) level++;
            if (level == loan.RemindersSent) continue;
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.Set<Loan>().IgnoreQueryFilters().Where(l => l.Id == loan.Id && l.RemindersSent == loan.RemindersSent && l.ReturnedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.RemindersSent, level).SetProperty(l => l.LastReminderAt, now), cancellationToken);
            if (claimed == 0) continue;
            await notifier.NotifyAsync(loan.GuardianId ?? loan.BorrowerId, "Notify.Overdue",
                [loan.Title, loan.DueOn.ToString("yyyy-MM-dd"), level.ToString(System.Globalization.CultureInfo.InvariantCulture)], "/portal/library", cancellationToken);
            sent++;
        }
        return sent;
    }
}
