using Linli.Web.Modules.Activities.Spaces;
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
            e.Property(a => a.Category).HasMaxLength(30);
            e.Property(a => a.Partners).HasMaxLength(500);
            e.Property(a => a.Eligibility).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.EligibleTag).HasMaxLength(30);
            e.Property(a => a.CheckInCode).HasMaxLength(32);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.CommunityId, a.StartsAt });
            e.HasOne<ActivitySeries>().WithMany().HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Booking>().WithMany().HasForeignKey(a => a.BookingId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(a => new { a.Status, a.StartsAt });
            // A grant project's (and a program's) services and person-times, by the month they began.
            e.HasIndex(a => new { a.GrantProjectId, a.StartsAt });
            e.HasOne<Templates.ActivityTemplate>().WithMany().HasForeignKey(a => a.TemplateId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.TemplateId);
            e.Property(a => a.OrganizerId).HasMaxLength(64);
            e.HasIndex(a => new { a.OrganizerId, a.StartsAt });
            // The database refuses an overfull activity even if a writer skipped the conditional update.
            e.ToTable(t => t.HasCheckConstraint("CK_activities_seats", "\"ConfirmedCount\" >= 0 AND \"ConfirmedCount\" <= \"Capacity\""));
        });
        builder.Entity<ActivitySeries>(e =>
        {
            e.ToTable("activities_series");
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(20);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
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
            e.Property(c => c.Reason).HasMaxLength(CheckIn.MaxReason);
            e.HasOne<Activity>().WithMany().HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.ActivityId, c.ResidentId }).IsUnique();
            // Covers the attendance figures (person-times, unique people, walk-ins) without reading the rows.
            e.HasIndex(c => new { c.ActivityId, c.ResidentId, c.WalkIn }).HasDatabaseName("IX_activities_checkins_figures");
            e.HasIndex(c => new { c.CommunityId, c.At });
        });
        builder.Entity<Attendance.AttendanceTally>(e =>
        {
            e.ToTable("activities_attendance");
            // Key order serves the figures: a community's whole years, or a run of its months, then the residents.
            e.HasKey(t => new { t.CommunityId, t.Year, t.Month, t.ResidentId });
            e.HasOne<RegionNode>().WithMany().HasForeignKey(t => t.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(t => t.ResidentId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Rating>(e =>
        {
            e.ToTable("activities_ratings");
            e.Property(r => r.Comment).HasMaxLength(500);
            e.HasOne<Activity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.ActivityId, r.ResidentId }).IsUnique();
            e.ToTable(t =>
            {
                t.HasCheckConstraint("CK_activities_ratings_score", "\"Score\" BETWEEN 1 AND 5");
                t.HasCheckConstraint("CK_activities_ratings_aspects", "(\"Content\" IS NULL OR \"Content\" BETWEEN 1 AND 5) AND (\"Organisation\" IS NULL OR \"Organisation\" BETWEEN 1 AND 5)");
            });
        });
        builder.Entity<Records.ActivityRecord>(e =>
        {
            e.ToTable("activities_records");
            e.HasKey(r => r.ActivityId);
            e.Property(r => r.Summary).HasMaxLength(Records.ActivityRecord.MaxSummary);
            e.Property(r => r.WrittenBy).HasMaxLength(100);
            e.HasOne<Activity>().WithOne().HasForeignKey<Records.ActivityRecord>(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.CommunityId);
        });
        builder.Entity<Records.ActivityPhoto>(e =>
        {
            e.ToTable("activities_photos");
            e.Property(p => p.Caption).HasMaxLength(200);
            e.Property(p => p.AddedBy).HasMaxLength(100);
            e.HasOne<Activity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Platform.Files.StoredFile>().WithOne().HasForeignKey<Records.ActivityPhoto>(p => p.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => new { p.ActivityId, p.Id });
        });
        builder.Entity<Space>(e =>
        {
            e.ToTable("activities_spaces");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.CommunityId);
        });
        builder.Entity<SpaceOpening>(e =>
        {
            e.ToTable("activities_space_openings");
            e.Property(o => o.Day).HasConversion<string>().HasMaxLength(10);
            e.HasOne<Space>().WithMany().HasForeignKey(o => o.SpaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(o => new { o.SpaceId, o.Day }).IsUnique();
        });
        builder.Entity<SpaceClosure>(e =>
        {
            e.ToTable("activities_space_closures");
            e.Property(c => c.Reason).HasMaxLength(100);
            e.HasOne<Space>().WithMany().HasForeignKey(c => c.SpaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.SpaceId, c.On }).IsUnique();
        });
        builder.Entity<Booking>(e =>
        {
            e.ToTable("activities_bookings");
            e.Property(b => b.Purpose).HasMaxLength(200);
            e.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.BookedBy).HasMaxLength(100);
            e.Property(b => b.GroupName).HasMaxLength(100);
            e.Property(b => b.SeriesKey).HasMaxLength(32);
            e.HasIndex(b => new { b.CommunityId, b.Status, b.StartsAt });
            e.HasIndex(b => new { b.ResidentId, b.EndsAt });
            e.HasOne<Space>().WithMany().HasForeignKey(b => b.SpaceId).OnDelete(DeleteBehavior.Cascade);
            // Overlaps are refused by an exclusion constraint (PostgreSQL) or a trigger (SQLite), added in the migrations.
            e.HasIndex(b => new { b.SpaceId, b.StartsAt });
            e.ToTable(t => t.HasCheckConstraint("CK_activities_bookings_order", "\"EndsAt\" > \"StartsAt\""));
        });
        builder.Entity<Templates.ActivityTemplate>(e =>
        {
            e.ToTable("activities_templates");
            e.Property(t => t.Name).HasMaxLength(Templates.ActivityTemplate.MaxName);
            e.Property(t => t.Category).HasMaxLength(30);
            e.Property(t => t.Description).HasMaxLength(Templates.ActivityTemplate.MaxDescription);
            e.Property(t => t.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(t => t.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => t.CommunityId);
        });
        builder.Entity<Templates.PlanItem>(e =>
        {
            e.ToTable("activities_plan_items");
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Text).HasMaxLength(Templates.PlanItem.MaxText);
            e.Property(i => i.Note).HasMaxLength(Templates.PlanItem.MaxNote);
            e.Ignore(i => i.Line);
            e.HasOne<Templates.ActivityTemplate>().WithMany().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Activity>().WithMany().HasForeignKey(i => i.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.TemplateId, i.Position }).IsUnique();
            e.HasIndex(i => new { i.ActivityId, i.Position }).IsUnique();
            e.ToTable(t => t.HasCheckConstraint("CK_activities_plan_items_owner", "(\"TemplateId\" IS NULL) <> (\"ActivityId\" IS NULL)"));
        });
    }
}
