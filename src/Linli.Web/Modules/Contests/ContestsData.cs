using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

public static class ContestsData
{
    public static void ConfigureContests(this ModelBuilder builder)
    {
        builder.Entity<Contest>(e =>
        {
            e.ToTable("contests_contests");
            e.Property(c => c.Title).HasMaxLength(Contest.MaxTitle);
            e.Property(c => c.Description).HasMaxLength(Contest.MaxDescription);
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.CommunityId, c.OpensAt });
            e.HasIndex(c => c.GrantProjectId);
        });
        builder.Entity<ContestEntry>(e =>
        {
            e.ToTable("contests_entries");
            e.Property(x => x.Title).HasMaxLength(ContestEntry.MaxTitle);
            e.Property(x => x.Description).HasMaxLength(Contest.MaxDescription);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasOne<Contest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.RejectedReason).HasMaxLength(200);
            e.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(x => x.SubmittedBy).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ContestId, x.Votes });
            // One entry per household (entries without one, from staff, are not limited).
            e.HasIndex(x => new { x.ContestId, x.HouseholdId }).IsUnique();
        });
        builder.Entity<ContestEntryPhoto>(e =>
        {
            e.ToTable("contests_entry_photos");
            e.Property(p => p.AddedBy).HasMaxLength(100);
            e.HasOne<ContestEntry>().WithMany().HasForeignKey(p => p.EntryId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.EntryId);
        });
        builder.Entity<ContestVote>(e =>
        {
            e.ToTable("contests_votes");
            e.Property(v => v.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.EnteredBy).HasMaxLength(100);
            e.Property(v => v.RemovedBy).HasMaxLength(100);
            e.Property(v => v.RemovedReason).HasMaxLength(200);
            e.Property(v => v.DeviceKey).HasMaxLength(32);
            e.Property(v => v.AddressKey).HasMaxLength(32);
            e.HasIndex(v => new { v.ContestId, v.Day, v.DeviceKey });
            e.HasIndex(v => new { v.ContestId, v.Day, v.AddressKey });
            e.HasOne<ContestEntry>().WithMany().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(v => v.ResidentId).OnDelete(DeleteBehavior.Restrict);
            // The rules the database keeps under any race: one vote per entry per resident per day, and no more
            // votes a day than the slots the daily limit gives.
            e.HasIndex(v => new { v.EntryId, v.ResidentId, v.Day }).IsUnique();
            e.HasIndex(v => new { v.ContestId, v.ResidentId, v.Day, v.Slot }).IsUnique();
        });
    }
}
