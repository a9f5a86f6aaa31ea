using Linli.Web.Modules.Residents.Guardians;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.SelfService;

/// <summary>
/// Tells a resident something: in the portal when they have an account, else by text message to their phone.
/// A child without an account is reached through their guardians. Writes the notices at once.
/// </summary>
public sealed class ResidentNotifier(LinliDb db, Notifier notifier)
{
    public async Task NotifyAsync(int residentId, string textKey, IReadOnlyList<string> arguments, string? link, CancellationToken cancellationToken)
    {
        foreach (var recipient in await RecipientsAsync(residentId, cancellationToken))
            await notifier.NotifyAsync(recipient, textKey, arguments, link, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(int residentId, CancellationToken cancellationToken)
    {
        var own = await RecipientAsync(residentId, cancellationToken);
        if (own is not null) return [own];
        var guardians = await db.Set<Guardianship>().IgnoreQueryFilters().Where(g => g.ChildId == residentId).Select(g => g.GuardianId).ToListAsync(cancellationToken);
        var found = new List<Recipient>();
        foreach (var guardian in guardians)
            if (await RecipientAsync(guardian, cancellationToken) is { } recipient) found.Add(recipient);
        return found;
    }

    /// <summary>The notice goes to the system, not a person on screen, so the phone is read without a masking step.</summary>
    private async Task<Recipient?> RecipientAsync(int residentId, CancellationToken cancellationToken)
    {
        var userId = await db.Set<ResidentAccount>().IgnoreQueryFilters().Where(a => a.ResidentId == residentId).Select(a => a.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is not null) return new Recipient(userId, null);
        var phone = await db.Set<Resident>().IgnoreQueryFilters().Where(r => r.Id == residentId).Select(r => r.Phone).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(phone) ? null : new Recipient(null, phone);
    }
}
