using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards;

public static class StewardsData
{
    public static void ConfigureStewards(this ModelBuilder builder)
    {
        builder.Entity<Consultation>(e =>
        {
            e.ToTable("consultations");
            e.Property(c => c.Title).HasMaxLength(Consultation.MaxTitle);
            e.Property(c => c.Details).HasMaxLength(Consultation.MaxDetails);
            e.Property(c => c.Options).HasMaxLength(Consultation.MaxOptions * (Consultation.MaxOption + 1));
            e.Property(c => c.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => c.CommunityId);
        });
        builder.Entity<ConsultationAnswer>(e =>
        {
            e.ToTable("consultation_answers");
            e.Property(a => a.Option).HasMaxLength(Consultation.MaxOption);
            e.Property(a => a.RecordedBy).HasMaxLength(100);
            e.HasOne<Consultation>().WithMany().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            // One answer per household, whoever knocks.
            e.HasIndex(a => new { a.ConsultationId, a.HouseholdId }).IsUnique();
        });
    }
}
