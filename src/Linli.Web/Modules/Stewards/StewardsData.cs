using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards;

public static class StewardsData
{
    public static void ConfigureStewards(this ModelBuilder builder)
    {
        builder.Entity<BuildingSteward>(e =>
        {
            e.ToTable("building_stewards");
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
            // One steward per place at a time.
            e.HasIndex(s => s.RegionId).IsUnique().HasFilter("\"To\" IS NULL").HasDatabaseName("IX_building_stewards_open_place");
            e.HasIndex(s => s.CommunityId);
        });
        builder.Entity<Adoption>(e =>
        {
            e.ToTable("adoptions");
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(a => a.Item).HasMaxLength(Adoption.MaxItem);
            e.Property(a => a.Place).HasMaxLength(Adoption.MaxPlace);
            e.Property(a => a.Duties).HasMaxLength(Adoption.MaxDuties);
            e.Property(a => a.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.CommunityId, a.From });
            e.HasIndex(a => a.AdopterId);
        });
        builder.Entity<AdoptionCare>(e =>
        {
            e.ToTable("adoption_care");
            e.Property(c => c.Note).HasMaxLength(AdoptionCare.MaxNote);
            e.Property(c => c.Hours).HasPrecision(4, 2);
            e.Property(c => c.RecordedBy).HasMaxLength(100);
            e.HasOne<Adoption>().WithMany().HasForeignKey(c => c.AdoptionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.AdoptionId, c.On });
        });
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
