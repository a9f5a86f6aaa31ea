using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

public static class VolunteersData
{
    public static void ConfigureVolunteers(this ModelBuilder builder)
    {
        builder.Entity<Volunteer>(e =>
        {
            e.ToTable("volunteers_volunteers");
            e.Property(v => v.Number).HasMaxLength(40);
            e.Property(v => v.Skills).HasMaxLength(Volunteer.MaxListText);
            e.Property(v => v.ServiceCategories).HasMaxLength(Volunteer.MaxListText);
            e.Property(v => v.RegisteredBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(v => v.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(v => v.ResidentId).OnDelete(DeleteBehavior.Restrict);
            // One volunteer record per resident, one number per volunteer.
            e.HasIndex(v => v.ResidentId).IsUnique();
            e.HasIndex(v => v.Number).IsUnique();
            e.HasIndex(v => v.CommunityId);
        });
        builder.Entity<ServiceRecord>(e =>
        {
            e.ToTable("volunteers_service_records");
            e.Property(r => r.ActivityName).HasMaxLength(100);
            e.Property(r => r.Place).HasMaxLength(200);
            e.Property(r => r.Content).HasMaxLength(1000);
            e.Property(r => r.Hours).HasPrecision(6, 2);
            e.Property(r => r.Organizer).HasMaxLength(100);
            e.Property(r => r.PersonInCharge).HasMaxLength(50);
            e.Property(r => r.RecordedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => new { r.VolunteerId, r.Date });
            e.HasIndex(r => new { r.CommunityId, r.Date });
            // SQLite keeps decimals as text: compare them as numbers.
            e.ToTable(t => t.HasCheckConstraint("CK_volunteers_service_hours", "CAST(\"Hours\" AS REAL) > 0 AND CAST(\"Hours\" AS REAL) <= 24"));
        });
        builder.Entity<Certificate>(e =>
        {
            e.ToTable("volunteers_certificates");
            e.Property(c => c.Number).HasMaxLength(20);
            e.Property(c => c.Hours).HasPrecision(8, 2);
            e.Property(c => c.Content).HasMaxLength(500);
            e.Property(c => c.RecordingUnit).HasMaxLength(100);
            e.Property(c => c.IssuedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.VolunteerId);
        });
    }
}
