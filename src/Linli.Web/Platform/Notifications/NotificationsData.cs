using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Notifications;

public static class NotificationsData
{
    public static void ConfigureNotifications(this ModelBuilder builder)
    {
        builder.Entity<Notification>(e =>
        {
            e.ToTable("platform_notifications");
            e.Property(n => n.UserId).HasMaxLength(64);
            e.Property(n => n.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.TextKey).HasMaxLength(100);
            e.Property(n => n.Arguments).HasMaxLength(2000);
            e.Property(n => n.Link).HasMaxLength(300);
            e.Property(n => n.SentTo).HasMaxLength(20);
            e.HasIndex(n => new { n.UserId, n.Id });
        });
    }
}
