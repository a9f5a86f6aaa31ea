using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Groups;

public static class GroupsData
{
    public static void ConfigureGroups(this ModelBuilder builder)
    {
        builder.Entity<ResidentGroup>(e =>
        {
            e.ToTable("groups_groups");
            e.Property(g => g.Name).HasMaxLength(ResidentGroup.MaxName);
            e.Property(g => g.Purpose).HasMaxLength(ResidentGroup.MaxPurpose);
            e.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(g => g.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(g => g.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(g => g.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<LinliUser>().WithMany().HasForeignKey(g => g.LeaderUserId).OnDelete(DeleteBehavior.SetNull);
            // Two teams of one community never share a name: the roster and the certificates name the team.
            e.HasIndex(g => new { g.CommunityId, g.Name }).IsUnique();
            e.HasIndex(g => g.LeaderUserId);
        });
        builder.Entity<GroupMember>(e =>
        {
            e.ToTable("groups_members");
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.HasOne<ResidentGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(m => m.ResidentId).OnDelete(DeleteBehavior.Restrict);
            // One line per resident per group, whatever their history: a concurrent double add fails here.
            e.HasIndex(m => new { m.GroupId, m.ResidentId }).IsUnique();
            e.HasIndex(m => m.ResidentId);
        });
        builder.Entity<GroupDocument>(e =>
        {
            e.ToTable("groups_documents");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Title).HasMaxLength(100);
            e.Property(d => d.FileName).HasMaxLength(200);
            e.Property(d => d.UploadedBy).HasMaxLength(100);
            e.HasOne<ResidentGroup>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(d => d.GroupId);
        });
        builder.Entity<GroupTraining>(e =>
        {
            e.ToTable("groups_trainings");
            e.Property(t => t.Title).HasMaxLength(100);
            e.Property(t => t.Provider).HasMaxLength(100);
            e.Property(t => t.Hours).HasPrecision(6, 2);
            e.Property(t => t.RecordedBy).HasMaxLength(100);
            e.HasOne<ResidentGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => new { t.GroupId, t.Date });
        });
        builder.Entity<SupervisionNote>(e =>
        {
            e.ToTable("groups_supervision_notes");
            e.Property(n => n.Note).HasMaxLength(2000);
            e.Property(n => n.Author).HasMaxLength(100);
            e.HasOne<ResidentGroup>().WithMany().HasForeignKey(n => n.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(n => new { n.GroupId, n.Date });
        });
        builder.Entity<GroupActivity>(e =>
        {
            e.ToTable("groups_activities");
            e.HasOne<ResidentGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Activity>().WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.ActivityId).IsUnique();
            e.HasIndex(a => a.GroupId);
        });
    }
}
