using Linli.Web.Platform.Files;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Mediation;

public static class MediationData
{
    public static void ConfigureMediation(this ModelBuilder builder)
    {
        builder.Entity<MediationCase>(e =>
        {
            e.ToTable("mediation_cases");
            e.Property(c => c.Issue).HasConversion<string>().HasMaxLength(12);
            e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(12);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(14);
            e.Property(c => c.EscalatedTo).HasConversion<string>().HasMaxLength(18);
            e.Property(c => c.Worker).HasMaxLength(MediationCase.MaxWorker);
            e.Property(c => c.AgreementNo).HasMaxLength(MediationCase.MaxName);
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.CommunityId, c.Status, c.OpenedOn });
            // The street's counts by issue read this index alone: the rows themselves are wide with sealed text.
            e.HasIndex(c => new { c.CommunityId, c.Issue, c.Status, c.Outcome, c.OpenedOn });
        });
        builder.Entity<MediationStep>(e =>
        {
            e.ToTable("mediation_steps");
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.PostedAt).HasMaxLength(MediationStep.MaxPlace);
            e.Property(s => s.By).HasMaxLength(100);
            e.HasOne<MediationCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(s => s.PhotoFileId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => s.CaseId);
        });
    }
}
