using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Partners;

public static class PartnersData
{
    public static void ConfigurePartners(this ModelBuilder builder)
    {
        builder.Entity<Partner>(e =>
        {
            e.ToTable("partners");
            e.Property(p => p.Name).HasMaxLength(Partner.MaxName);
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(8);
            e.Property(p => p.CreditCode).HasMaxLength(18);
            e.Property(p => p.RegionPath).HasMaxLength(200);
            e.Property(p => p.ContactName).HasMaxLength(Partner.MaxShort);
            e.Property(p => p.Areas).HasMaxLength(Partner.MaxShort);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            // One organization, one registration: the code is the organization's identity across the platform.
            e.HasIndex(p => p.CreditCode).IsUnique();
            e.HasIndex(p => new { p.RegionPath, p.Name });
        });
        builder.Entity<PartnerOffer>(e =>
        {
            e.ToTable("partner_offers");
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(o => o.RegionPath).HasMaxLength(200);
            e.HasOne<Partner>().WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(o => o.PartnerId);
        });
        builder.Entity<PartnerAccount>(e =>
        {
            e.ToTable("partner_accounts");
            e.HasKey(a => a.UserId);
            e.Property(a => a.UserId).HasMaxLength(64);
            e.HasOne<LinliUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.PartnerId);
        });
        builder.Entity<Contribution>(e =>
        {
            e.ToTable("partner_contributions");
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Quantity).HasPrecision(12, 2);
            e.Property(c => c.ValuationRule).HasMaxLength(100);
            e.Property(c => c.Note).HasMaxLength(Contribution.MaxNote);
            e.Property(c => c.RecordedBy).HasMaxLength(64);
            e.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.PartnerId, c.On });
            e.HasIndex(c => new { c.CommunityId, c.On });
            e.HasIndex(c => c.GrantProjectId);
        });
        builder.Entity<Linkage>(e =>
        {
            e.ToTable("partner_linkages");
            e.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(10);
            e.Property(l => l.Feedback).HasMaxLength(Linkage.MaxFeedback);
            e.Property(l => l.LinkedBy).HasMaxLength(64);
            e.HasOne<Partner>().WithMany().HasForeignKey(l => l.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(l => new { l.PartnerId, l.NeedId });
            e.HasIndex(l => new { l.CommunityId, l.Outcome });
        });
    }
}
