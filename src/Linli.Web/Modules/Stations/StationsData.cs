using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

public static class StationsData
{
    public static void ConfigureStations(this ModelBuilder builder)
    {
        builder.Entity<Station>(e =>
        {
            e.ToTable("stations");
            e.Property(s => s.Name).HasMaxLength(Station.MaxName);
            e.Property(s => s.Persona).HasMaxLength(Station.MaxShort);
            e.Property(s => s.OpeningHours).HasMaxLength(Station.MaxShort);
            e.Property(s => s.Services).HasMaxLength(Station.MaxShort);
            e.Property(s => s.OnlineService).HasMaxLength(Station.MaxShort);
            e.Property(s => s.Rules).HasMaxLength(Station.MaxRules);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => s.CommunityId).IsUnique();
        });
        builder.Entity<StationRoom>(e =>
        {
            e.ToTable("station_rooms");
            e.HasKey(r => new { r.StationId, r.SpaceId });
            e.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(12);
            e.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<StationMicroProject>(e =>
        {
            e.ToTable("station_micro_projects");
            e.Property(p => p.Title).HasMaxLength(StationMicroProject.MaxTitle);
            e.Property(p => p.Goal).HasMaxLength(StationMicroProject.MaxGoal);
            e.Property(p => p.CreatedBy).HasMaxLength(100);
            e.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.StationId);
        });
        builder.Entity<LadderLink>(e =>
        {
            e.ToTable("station_ladder");
            e.Property(l => l.CreatedBy).HasMaxLength(100);
            e.HasOne<StaffProfile>().WithMany().HasForeignKey(l => l.SupporterId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<StaffProfile>().WithMany().HasForeignKey(l => l.SupportedId).OnDelete(DeleteBehavior.Restrict);
            // One open link per pair: the database decides two clerks linking the same two people at once.
            e.HasIndex(l => new { l.SupporterId, l.SupportedId }).IsUnique().HasFilter("\"To\" IS NULL").HasDatabaseName("IX_station_ladder_open_pair");
            e.HasIndex(l => l.SupportedId);
            e.HasIndex(l => l.CommunityId);
        });
        builder.Entity<StaffProfile>(e =>
        {
            e.ToTable("station_staff");
            e.Property(s => s.Name).HasMaxLength(StaffProfile.MaxName);
            e.Property(s => s.Qualification).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.CertificateNumber).HasMaxLength(StaffProfile.MaxCertificate);
            e.Property(s => s.Employer).HasMaxLength(StaffProfile.MaxText);
            e.Property(s => s.Role).HasMaxLength(StaffProfile.MaxText);
            e.Property(s => s.Skills).HasMaxLength(StaffProfile.MaxText);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => new { s.CommunityId, s.Name });
            e.Property(s => s.UserId).HasMaxLength(64);
            // One profile per account and per resident (NULLs are distinct): a second is 409.
            e.HasIndex(s => s.UserId).IsUnique();
            e.HasIndex(s => s.ResidentId).IsUnique();
        });
        builder.Entity<Training>(e =>
        {
            e.ToTable("station_trainings");
            e.Property(t => t.Title).HasMaxLength(Training.MaxTitle);
            e.Property(t => t.Hours).HasPrecision(6, 2);
            e.Property(t => t.Audience).HasConversion<string>().HasMaxLength(12);
            e.Property(t => t.Trainer).HasMaxLength(Training.MaxText);
            e.Property(t => t.Content).HasMaxLength(Training.MaxText);
            e.Property(t => t.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(t => t.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => new { t.CommunityId, t.On });
        });
        builder.Entity<TrainingAttendance>(e =>
        {
            e.ToTable("station_training_attendance");
            e.HasKey(a => new { a.TrainingId, a.StaffId });
            e.HasOne<Training>().WithMany().HasForeignKey(a => a.TrainingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StaffProfile>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.StaffId);
        });
        builder.Entity<SupervisionSession>(e =>
        {
            e.ToTable("station_supervision");
            e.Property(s => s.Hours).HasPrecision(5, 2);
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(s => s.Topics).HasMaxLength(SupervisionSession.MaxText);
            e.Property(s => s.Notes).HasMaxLength(SupervisionSession.MaxText);
            e.Property(s => s.FollowUp).HasMaxLength(SupervisionSession.MaxText);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.HasOne<StaffProfile>().WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => new { s.SupervisorId, s.On });
        });
        builder.Entity<SupervisionParticipant>(e =>
        {
            e.ToTable("station_supervision_participants");
            e.HasKey(p => new { p.SessionId, p.StaffId });
            e.HasOne<SupervisionSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StaffProfile>().WithMany().HasForeignKey(p => p.StaffId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.StaffId);
        });
    }
}
