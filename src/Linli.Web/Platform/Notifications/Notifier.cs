using System.Globalization;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Notifications;

/// <summary>Who is told: their portal account if they have one, else a phone to text.</summary>
public sealed record Recipient(string? UserId, string? Phone);

public sealed record NotificationView(long Id, string Text, string? Link, DateTimeOffset CreatedAt, bool Read);

/// <summary>
/// Tells people things: in the portal when they have an account, by text message when they do not
/// (many elders have a phone but no account). Every notice is kept, read or not.
/// </summary>
public sealed class Notifier(LinliDb db, IMessageSender sender, Texts texts, TimeProvider clock)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(Texts.Chinese);

    /// <summary>Queues the notice on the context; the caller's SaveChanges writes it with their own change.</summary>
    public async Task NotifyAsync(Recipient to, string textKey, IReadOnlyList<string> arguments, string? link, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (to.UserId is not null)
        {
            db.Set<Notification>().Add(new Notification(to.UserId, NotificationChannel.App, textKey, arguments, link, null, now));
        }
        else if (!string.IsNullOrWhiteSpace(to.Phone))
        {
            await sender.SendAsync(new OutgoingMessage(to.Phone, Render(textKey, arguments, Chinese)), cancellationToken);
            db.Set<Notification>().Add(new Notification(null, NotificationChannel.Message, textKey, arguments, link, Mask.Phone(to.Phone), now));
        }
    }

    /// <summary>A person's notices, newest first, in the current language.</summary>
    public async Task<IReadOnlyList<NotificationView>> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).Take(100).ToListAsync(cancellationToken);
        return [.. rows.Select(n => new NotificationView(n.Id, Render(n.TextKey, n.ArgumentList, CultureInfo.CurrentUICulture), n.Link,
            ChinaTime.ToOffset(n.CreatedAt), n.ReadAt is not null))];
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    public async Task MarkAllReadAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private string Render(string textKey, IReadOnlyList<string> arguments, CultureInfo culture) =>
        string.Format(culture, texts.Get(textKey, culture), [.. arguments]);
}
