using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

public static class ActivitiesData
{
    public static void ConfigureActivities(this ModelBuilder builder)
    {
        builder.Entity<Activity>(e =>
        {
            e.ToTable("activities_activities");
            e.Property(a => a.Title).HasMaxLength(100);
            e.Property(a => a.Description).HasMaxLength(4000);
            e.Property(a => a.Place).HasMaxLength(200);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.CommunityId, a.StartsAt });
            // The database refuses an overfull activity even if a writer skipped the conditional update.
            e.ToTable(t => t.HasCheckConstraint("CK_activities_seats", "\"ConfirmedCount\" >= 0 AND \"ConfirmedCount\" <= \"Capacity\""));
        });
        builder.Entity<Registration>(e =>
        {
            e.ToTable("activities_registrations");
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.RegisteredBy).HasMaxLength(100);
            e.HasOne<Activity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.ActivityId, r.ResidentId }).IsUnique();
            e.HasIndex(r => new { r.ActivityId, r.Status, r.Id });
        });
        builder.Entity<CheckIn>(e =>
        {
            e.ToTable("activities_checkins");
            e.Property(c => c.RecordedBy).HasMaxLength(100);
            e.HasOne<Activity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.ActivityId, c.ResidentId }).IsUnique();
            e.HasIndex(c => new { c.CommunityId, c.At });
        });
    }
}
