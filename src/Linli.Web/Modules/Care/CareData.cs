using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Modules.Care.Requests;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care;

public static class CareData
{
    public static void ConfigureCare(this ModelBuilder builder)
    {
        builder.Entity<CareCase>(e =>
        {
            e.ToTable("care_cases");
            e.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Basis).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.ConsentBy).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.RiskLevel).HasConversion<string>().HasMaxLength(8);
            e.Property(c => c.WorkerId).HasMaxLength(64);
            e.Property(c => c.SupervisorId).HasMaxLength(64);
            e.Property(c => c.Frequency).HasMaxLength(CareCase.MaxShort);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
            // The community's list and a worker's caseload, open ones first.
            e.HasIndex(c => new { c.CommunityId, c.Status, c.OpenedOn });
            e.HasIndex(c => new { c.WorkerId, c.Status });
            e.HasIndex(c => new { c.SupervisorId, c.Status });
            e.HasIndex(c => c.ResidentId);
        });
        builder.Entity<CaseEntry>(e =>
        {
            e.ToTable("care_case_entries");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.ById).HasMaxLength(64);
            e.HasOne<CareCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.CaseId);
        });
        builder.Entity<CaseReader>(e =>
        {
            e.ToTable("care_case_readers");
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.GrantedById).HasMaxLength(64);
            e.HasOne<CareCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CaseId, x.UserId });
            e.HasIndex(x => new { x.UserId, x.CaseId });
        });
        builder.Entity<Referral>(e =>
        {
            e.ToTable("care_referrals");
            e.Property(x => x.To).HasMaxLength(Referral.MaxTo);
            e.Property(x => x.Contact).HasMaxLength(Referral.MaxTo);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.ById).HasMaxLength(64);
            e.HasIndex(x => x.PartnerId);
            e.HasOne<CareCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => new { x.CommunityId, x.ChaseOn });
        });
        builder.Entity<ServiceRequest>(e =>
        {
            e.ToTable("care_requests");
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.AssigneeId).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
            // The queue (open first, by due time) and the overdue count read this index.
            e.HasIndex(x => new { x.CommunityId, x.Status, x.DueAt });
            e.HasIndex(x => new { x.CommunityId, x.ReceivedAt });
            e.HasIndex(x => x.ResidentId);
        });
        builder.Entity<RequestPhoto>(e =>
        {
            e.ToTable("care_request_photos");
            e.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.RequestId);
        });
        builder.Entity<HealthRecord>(e =>
        {
            e.ToTable("care_health_records");
            e.Property(x => x.ConsentBy).HasConversion<string>().HasMaxLength(10);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.ResidentId).IsUnique();
            // The follow-up list reads the clear columns only.
            e.HasIndex(x => new { x.CommunityId, x.FollowUpSince, x.Chronic, x.LastMeasuredAt });
        });
        builder.Entity<HealthConsent>(e =>
        {
            e.ToTable("care_health_consents");
            e.Property(x => x.By).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<HealthRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.RecordId);
        });
        builder.Entity<Measurement>(e =>
        {
            e.ToTable("care_measurements");
            e.Property(x => x.MeasuredBy).HasMaxLength(Measurement.MaxName);
            e.Property(x => x.Device).HasMaxLength(Measurement.MaxName);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<HealthRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.RecordId, x.TakenAt });
            e.HasOne<Clinics.ClinicSession>().WithMany().HasForeignKey(x => x.ClinicSessionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.ClinicSessionId);
        });
        builder.Entity<Support.HomeService>(e =>
        {
            e.ToTable("care_home_services");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(14);
            e.Property(x => x.Provider).HasMaxLength(Support.HomeService.MaxName);
            e.Property(x => x.Donor).HasMaxLength(Support.HomeService.MaxName);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.CommunityId, x.On });
            e.HasIndex(x => x.ResidentId);
        });
        builder.Entity<Support.Pairing>(e =>
        {
            e.ToTable("care_pairings");
            e.Property(x => x.PartnerKind).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(14);
            e.Property(x => x.PartnerName).HasMaxLength(Support.Pairing.MaxName);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.CommunityId, x.EndedOn });
        });
        builder.Entity<Support.Club>(e =>
        {
            e.ToTable("care_clubs");
            e.Property(x => x.Name).HasMaxLength(Support.Club.MaxName);
            e.Property(x => x.Condition).HasMaxLength(Support.Club.MaxName);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasIndex(x => x.CommunityId);
        });
        builder.Entity<Support.ClubMember>(e =>
        {
            e.ToTable("care_club_members");
            e.HasOne<Support.Club>().WithMany().HasForeignKey(x => x.ClubId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ClubId, x.ResidentId }).IsUnique();
        });
        builder.Entity<Support.ClubSession>(e =>
        {
            e.ToTable("care_club_sessions");
            e.HasOne<Support.Club>().WithMany().HasForeignKey(x => x.ClubId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ClubId);
        });
        builder.Entity<Clinics.ClinicSession>(e =>
        {
            e.ToTable("care_clinic_sessions");
            e.Property(x => x.Series).HasMaxLength(Clinics.ClinicSession.MaxSeries);
            e.Property(x => x.Theme).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Partner).HasMaxLength(Clinics.ClinicSession.MaxPartner);
            e.Property(x => x.Doctors).HasMaxLength(Clinics.ClinicSession.MaxDoctors);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.CommunityId, x.StartsAt });
            e.HasIndex(x => x.ActivityId).IsUnique();
        });
        builder.Entity<HealthNote>(e =>
        {
            e.ToTable("care_health_notes");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.By).HasMaxLength(Measurement.MaxName);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasOne<HealthRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.RecordId);
        });
    }
}
