using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

public static class DeliberationData
{
    public static void ConfigureDeliberation(this ModelBuilder builder)
    {
        builder.Entity<DeliberationBody>(e =>
        {
            e.ToTable("deliberation_bodies");
            e.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.Name).HasMaxLength(DeliberationBody.MaxName);
            e.Property(b => b.Cadence).HasMaxLength(DeliberationBody.MaxCadence);
            e.Property(b => b.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(b => b.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(b => b.CommunityId);
        });
        builder.Entity<BodyMember>(e =>
        {
            e.ToTable("deliberation_body_members");
            e.Property(m => m.Organization).HasMaxLength(BodyMember.MaxOrganization);
            e.Property(m => m.Duty).HasMaxLength(BodyMember.MaxDuty);
            e.Property(m => m.Person).HasMaxLength(BodyMember.MaxPerson);
            e.HasOne<DeliberationBody>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Meeting>(e =>
        {
            e.ToTable("deliberation_meetings");
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Title).HasMaxLength(Meeting.MaxTitle);
            e.Property(m => m.Place).HasMaxLength(Meeting.MaxPlace);
            e.Property(m => m.Host).HasMaxLength(Meeting.MaxHost);
            e.Property(m => m.Agenda).HasMaxLength(Meeting.MaxText);
            e.Property(m => m.Invited).HasMaxLength(Meeting.MaxText);
            e.Property(m => m.Attendance).HasMaxLength(Meeting.MaxText);
            e.Property(m => m.Discussion).HasMaxLength(Meeting.MaxText);
            e.Property(m => m.MinutesStatus).HasConversion<string>().HasMaxLength(10);
            e.Property(m => m.MinutesApprovedBy).HasMaxLength(100);
            e.Property(m => m.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<DeliberationBody>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(m => m.GrantProjectId);
            e.HasIndex(m => new { m.CommunityId, m.StartsAt });
            e.HasIndex(m => m.BodyId);
        });
        builder.Entity<Question>(e =>
        {
            e.ToTable("deliberation_questions");
            e.Property(q => q.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(q => q.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(q => q.Text).HasMaxLength(Question.MaxText);
            e.Property(q => q.EnteredBy).HasMaxLength(100);
            e.HasOne<Meeting>().WithMany().HasForeignKey(q => q.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Topic>().WithMany().HasForeignKey(q => q.TopicId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Resident>().WithMany().HasForeignKey(q => q.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(q => q.MeetingId);
        });
        builder.Entity<QuestionSupport>(e =>
        {
            e.ToTable("deliberation_question_supports");
            e.HasOne<Question>().WithMany().HasForeignKey(s => s.QuestionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Resident>().WithMany().HasForeignKey(s => s.ResidentId).OnDelete(DeleteBehavior.Restrict);
            // One "+1" per resident and question, decided here under any race.
            e.HasIndex(s => new { s.QuestionId, s.ResidentId }).IsUnique();
        });
        builder.Entity<Topic>(e =>
        {
            e.ToTable("deliberation_topics");
            e.Property(t => t.Title).HasMaxLength(Topic.MaxTitle);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(t => t.Answer).HasMaxLength(Topic.MaxAnswer);
            e.Property(t => t.AnsweredBy).HasMaxLength(Topic.MaxAnsweredBy);
            e.Property(t => t.CreatedBy).HasMaxLength(100);
            e.HasOne<Meeting>().WithMany().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => t.MeetingId);
        });
        builder.Entity<Resolution>(e =>
        {
            e.ToTable("deliberation_resolutions");
            e.Property(r => r.Text).HasMaxLength(Resolution.MaxText);
            e.Property(r => r.DecidedBy).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.CreatedBy).HasMaxLength(100);
            e.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => new { r.CommunityId, r.PublishedAt });
            e.HasIndex(r => r.MeetingId);
        });
        builder.Entity<ActionItem>(e =>
        {
            e.ToTable("deliberation_actions");
            e.Property(a => a.Title).HasMaxLength(ActionItem.MaxTitle);
            e.Property(a => a.Responsible).HasMaxLength(ActionItem.MaxResponsible);
            e.Property(a => a.Spec).HasMaxLength(ActionItem.MaxSpec);
            e.Property(a => a.FundedBy).HasMaxLength(ActionItem.MaxResponsible);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(a => a.BlockedReason).HasMaxLength(ActionItem.MaxNote);
            e.Property(a => a.VerifiedBy).HasMaxLength(100);
            e.Property(a => a.CreatedBy).HasMaxLength(100);
            e.HasOne<Resolution>().WithMany().HasForeignKey(a => a.ResolutionId).OnDelete(DeleteBehavior.Restrict);
            // The overdue list: a community's open items by due date.
            e.HasIndex(a => new { a.CommunityId, a.Status, a.DueOn });
            e.HasIndex(a => a.ResolutionId);
            e.HasIndex(a => new { a.MeetingId, a.DueOn });
        });
        builder.Entity<ActionProgress>(e =>
        {
            e.ToTable("deliberation_action_progress");
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(p => p.Note).HasMaxLength(ActionItem.MaxNote);
            e.Property(p => p.By).HasMaxLength(100);
            e.HasOne<ActionItem>().WithMany().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.ActionId);
        });
    }
}
