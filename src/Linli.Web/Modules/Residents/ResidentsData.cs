using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

public static class ResidentsData
{
    public static void ConfigureResidents(this ModelBuilder builder, bool postgres)
    {
        builder.Entity<Household>(e =>
        {
            e.ToTable("residents_households");
            e.HasOne<RegionNode>().WithMany().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(h => new { h.CommunityId, h.UnitId });
        });
        builder.Entity<Resident>(e =>
        {
            e.ToTable("residents_residents");
            var name = e.Property(r => r.Name).HasMaxLength(50);
            // Byte order, so that name-prefix search is an index range (see ResidentSearch.ByText).
            if (postgres) name.UseCollation("C");
            e.Property(r => r.Gender).HasConversion<string>().HasMaxLength(10);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.IdNumberLookup).HasMaxLength(64);
            e.Property(r => r.PhoneTail).HasMaxLength(4);
            e.Property(r => r.RelationToHead).HasMaxLength(20);
            e.Property(r => r.Notes).HasMaxLength(2000);
            e.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            // One person once per community: the register refuses a second entry for the same ID number.
            e.HasIndex(r => new { r.CommunityId, r.IdNumberLookup }).IsUnique();
            // Keyset pages and the searches the console offers.
            e.HasIndex(r => new { r.CommunityId, r.Id });
            e.HasIndex(r => new { r.CommunityId, r.Name });
            e.HasIndex(r => new { r.CommunityId, r.PhoneTail });
            e.HasIndex(r => new { r.CommunityId, r.BirthDate });
            e.HasIndex(r => r.HouseholdId);
            e.HasIndex(r => r.UnitId);
        });
        builder.Entity<ResidentTag>(e =>
        {
            e.ToTable("residents_tags");
            e.HasKey(t => new { t.ResidentId, t.Key });
            e.Property(t => t.Key).HasMaxLength(30);
            e.HasOne<Resident>().WithMany().HasForeignKey(t => t.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => new { t.CommunityId, t.Key, t.ResidentId });
        });
        builder.Entity<CareFlag>(e =>
        {
            e.ToTable("residents_care_flags");
            e.Property(f => f.KeyLookup).HasMaxLength(64);
            e.HasOne<Resident>().WithMany().HasForeignKey(f => f.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(f => new { f.ResidentId, f.KeyLookup }).IsUnique();
            e.HasIndex(f => new { f.CommunityId, f.KeyLookup, f.ResidentId });
        });
        builder.Entity<ServiceRecipient>(e =>
        {
            e.ToTable("residents_service_recipients");
            e.Property(s => s.Grade).HasConversion<string>().HasMaxLength(2);
            e.Property(s => s.Responsible).HasMaxLength(50);
            e.Property(s => s.Needs).HasMaxLength(2000);
            e.HasOne<Resident>().WithMany().HasForeignKey(s => s.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.ResidentId).IsUnique();
            e.HasIndex(s => new { s.CommunityId, s.Grade });
        });
        builder.Entity<Visit>(e =>
        {
            e.ToTable("residents_visits");
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.Visitor).HasMaxLength(50);
            e.Property(v => v.Findings).HasMaxLength(4000);
            e.Property(v => v.Needs).HasMaxLength(2000);
            e.Property(v => v.FollowUp).HasMaxLength(2000);
            e.Property(v => v.RecordedBy).HasMaxLength(100);
            e.HasOne<Resident>().WithMany().HasForeignKey(v => v.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(v => new { v.ResidentId, v.On });
            e.HasIndex(v => new { v.CommunityId, v.On });
        });
        builder.Entity<Guardians.Guardianship>(e =>
        {
            e.ToTable("residents_guardianships");
            e.HasOne<Resident>().WithMany().HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(g => g.GuardianId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(g => new { g.ChildId, g.GuardianId }).IsUnique();
            e.HasIndex(g => g.GuardianId);
        });
        builder.Entity<Owners.UnitOwner>(e =>
        {
            e.ToTable("residents_unit_owners");
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.Name).HasMaxLength(100);
            e.Property(o => o.PhoneTail).HasMaxLength(4);
            e.Property(o => o.OwnerKey).HasMaxLength(120);
            e.Property(o => o.Share).HasPrecision(5, 2);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(o => o.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(o => new { o.UnitId, o.EndedOn });
            e.HasIndex(o => new { o.CommunityId, o.OwnerKey });
            e.HasIndex(o => o.ResidentId);
        });
        builder.Entity<SelfService.ResidentAccount>(e =>
        {
            e.ToTable("residents_accounts");
            e.HasKey(a => a.UserId);
            e.HasOne<Platform.Identity.LinliUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(a => a.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => a.ResidentId).IsUnique();
        });
        builder.Entity<SelfService.CorrectionRequest>(e =>
        {
            e.ToTable("residents_corrections");
            e.Property(c => c.Field).HasMaxLength(20);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Response).HasMaxLength(500);
            e.Property(c => c.ResolvedBy).HasMaxLength(100);
            e.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.CommunityId, c.Status });
            e.HasIndex(c => c.ResidentId);
        });
        builder.Entity<Tags.CommunityTag>(e =>
        {
            e.ToTable("residents_community_tags");
            e.Property(t => t.Name).HasMaxLength(Tags.CommunityTag.MaxNameLength);
            e.Property(t => t.Description).HasMaxLength(200);
            e.HasIndex(t => new { t.CommunityId, t.Name }).IsUnique();
        });
        builder.Entity<CareSettings>(e =>
        {
            e.ToTable("residents_care_settings");
            e.HasKey(s => s.CommunityId);
            e.Property(s => s.CommunityId).ValueGeneratedNever();
        });
    }
}
