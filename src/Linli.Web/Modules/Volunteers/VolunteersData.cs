using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Volunteers.Patrols;
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
            // Hours proposed by an activity's check-in are confirmed once per volunteer.
            e.HasIndex(r => new { r.ActivityId, r.VolunteerId }).IsUnique();
            e.HasOne<Activities.Activity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Restrict);
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
            e.Property(c => c.CoIssuer).HasMaxLength(Certificate.MaxIssuer);
            e.Property(c => c.IssuedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.VolunteerId);
        });
        builder.Entity<TrainingRecord>(e =>
        {
            e.ToTable("volunteers_trainings");
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Content).HasMaxLength(500);
            e.Property(t => t.Hours).HasPrecision(6, 2);
            e.Property(t => t.Organizer).HasMaxLength(100);
            e.Property(t => t.RecordedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(t => t.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => t.VolunteerId);
            // NULLs are distinct in a unique key (SQLite and PostgreSQL alike): records typed by hand are never in its way.
            e.HasIndex(t => new { t.StationTrainingId, t.VolunteerId }).IsUnique();
        });
        builder.Entity<AwardRecord>(e =>
        {
            e.ToTable("volunteers_awards");
            e.Property(a => a.Name).HasMaxLength(100);
            e.Property(a => a.AwardingUnit).HasMaxLength(100);
            e.Property(a => a.RecordedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.VolunteerId);
        });
        builder.Entity<Evaluation>(e =>
        {
            e.ToTable("volunteers_evaluations");
            e.Property(x => x.Rating).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Comment).HasMaxLength(500);
            e.Property(x => x.EvaluatedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(x => x.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.VolunteerId);
        });
        builder.Entity<ServiceCorrection>(e =>
        {
            e.ToTable("volunteers_corrections");
            e.Property(c => c.Request).HasMaxLength(500);
            e.Property(c => c.Response).HasMaxLength(500);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ResolvedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ServiceRecord>().WithMany().HasForeignKey(c => c.ServiceRecordId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.CommunityId, c.State });
            e.HasIndex(c => c.VolunteerId);
        });
        builder.Entity<Recognition.RecognitionRound>(e =>
        {
            e.ToTable("volunteers_recognition_rounds");
            e.Property(r => r.Title).HasMaxLength(Recognition.RecognitionRound.MaxTitle);
            e.Property(r => r.CreatedBy).HasMaxLength(100);
            e.Property(r => r.DecidedBy).HasMaxLength(100);
            e.Ignore(r => r.Weights);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Groups.ResidentGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => r.CommunityId);
        });
        builder.Entity<Recognition.RecognitionAward>(e =>
        {
            e.ToTable("volunteers_recognition_awards");
            e.Property(a => a.Hours).HasPrecision(8, 2);
            e.Property(a => a.Performance).HasPrecision(5, 2);
            e.Property(a => a.Score).HasPrecision(5, 2);
            e.Property(a => a.CertificateNumber).HasMaxLength(20);
            e.HasOne<Recognition.RecognitionRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            // An awardee once per round.
            e.HasIndex(a => new { a.RoundId, a.VolunteerId }).IsUnique();
        });
        builder.ConfigurePatrols();
        Tasks.TasksData.ConfigureHelperTasks(builder);
    }
}
