using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Patrols;

public static class PatrolsData
{
    public static void ConfigurePatrols(this ModelBuilder builder)
    {
        builder.Entity<PatrolRota>(e =>
        {
            e.ToTable("volunteers_patrol_rotas");
            e.Property(r => r.Name).HasMaxLength(PatrolRota.MaxName);
            e.Property(r => r.Route).HasMaxLength(PatrolRota.MaxRoute);
            e.Property(r => r.Schedule).HasMaxLength(PatrolRota.MaxSchedule);
            e.Property(r => r.Hours).HasPrecision(6, 2);
            e.Property(r => r.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => r.CommunityId);
        });
        builder.Entity<PatrolMember>(e =>
        {
            e.ToTable("volunteers_patrol_members");
            e.HasOne<PatrolRota>().WithMany().HasForeignKey(m => m.RotaId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(m => new { m.RotaId, m.VolunteerId }).IsUnique();
        });
        builder.Entity<PatrolLog>(e =>
        {
            e.ToTable("volunteers_patrol_logs");
            e.Property(l => l.Route).HasMaxLength(PatrolRota.MaxRoute);
            e.Property(l => l.Hours).HasPrecision(6, 2);
            e.Property(l => l.Notes).HasMaxLength(PatrolLog.MaxNotes);
            e.Property(l => l.RecordedBy).HasMaxLength(100);
            e.HasOne<PatrolRota>().WithMany().HasForeignKey(l => l.RotaId).OnDelete(DeleteBehavior.Restrict);
            // One walk per rota per day, decided by the database.
            e.HasIndex(l => new { l.RotaId, l.Date }).IsUnique();
            e.HasIndex(l => new { l.CommunityId, l.Date });
        });
        builder.Entity<PatrolWalker>(e =>
        {
            e.ToTable("volunteers_patrol_walkers");
            e.HasOne<PatrolLog>().WithMany().HasForeignKey(w => w.LogId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(w => w.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ServiceRecord>().WithMany().HasForeignKey(w => w.ServiceRecordId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(w => new { w.LogId, w.VolunteerId }).IsUnique();
            e.HasIndex(w => w.ServiceRecordId).IsUnique();
        });
        builder.Entity<PatrolIssue>(e =>
        {
            e.ToTable("volunteers_patrol_issues");
            e.Property(i => i.Text).HasMaxLength(PatrolIssue.MaxText);
            e.Property(i => i.Place).HasMaxLength(PatrolIssue.MaxPlace);
            e.Property(i => i.FollowUp).HasConversion<string>().HasMaxLength(20);
            e.HasOne<PatrolLog>().WithMany().HasForeignKey(i => i.LogId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(i => i.LogId);
        });
    }
}
