using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Casebook;
using Linli.Web.Modules.Grants.Evaluation;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants;

public static class GrantsData
{
    public static void ConfigureGrants(this ModelBuilder builder)
    {
        builder.Entity<GrantProgram>(e =>
        {
            e.ToTable("grant_programs");
            e.Property(p => p.Name).HasMaxLength(GrantProgram.MaxName);
            e.Property(p => p.Funder).HasMaxLength(GrantProgram.MaxName);
            e.Property(p => p.Manager).HasMaxLength(GrantProgram.MaxName);
            e.Property(p => p.RegionPath).HasMaxLength(200);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.RegionPath);
        });
        builder.Entity<GrantCategory>(e =>
        {
            e.ToTable("grant_categories");
            e.Property(c => c.Name).HasMaxLength(GrantCategory.MaxName);
            e.Property(c => c.RegionPath).HasMaxLength(200);
            e.HasOne<GrantProgram>().WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.ProgramId, c.Name }).IsUnique();
        });
        builder.Entity<GrantApplication>(e =>
        {
            e.ToTable("grant_applications");
            e.Property(a => a.Title).HasMaxLength(GrantApplication.MaxTitle);
            e.Property(a => a.Category).HasMaxLength(GrantCategory.MaxName);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.TargetGroups).HasMaxLength(GrantApplication.MaxShort);
            e.Property(a => a.SocialWorker).HasMaxLength(GrantApplication.MaxShort);
            e.Property(a => a.Supervisor).HasMaxLength(GrantApplication.MaxShort);
            e.Property(a => a.EndorsedBy).HasMaxLength(64);
            e.Property(a => a.SubmittedBy).HasMaxLength(64);
            e.HasOne<GrantProgram>().WithMany().HasForeignKey(a => a.ProgramId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(a => a.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Partners.Partner>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => new { a.ProgramId, a.Status });
            e.HasIndex(a => a.CommunityId);
            e.HasIndex(a => a.OrganizationId);
        });
        builder.Entity<ApplicationIndicator>(e =>
        {
            e.ToTable("grant_indicators");
            e.Property(i => i.Key).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Label).HasMaxLength(ApplicationIndicator.MaxLabel);
            e.Property(i => i.Target).HasPrecision(14, 2);
            e.Property(i => i.Evidenced).HasPrecision(14, 2);
            e.Property(i => i.Evidence).HasMaxLength(Milestone.MaxEvidence);
            e.HasOne<GrantApplication>().WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => i.ApplicationId);
        });
        builder.Entity<BudgetLine>(e =>
        {
            e.ToTable("grant_budget_lines");
            e.Property(l => l.Name).HasMaxLength(BudgetLine.MaxName);
            e.HasOne<GrantApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(l => l.ApplicationId);
        });
        builder.Entity<Milestone>(e =>
        {
            e.ToTable("grant_milestones");
            e.Property(m => m.Name).HasMaxLength(Milestone.MaxName);
            e.Property(m => m.Evidence).HasMaxLength(Milestone.MaxEvidence);
            e.HasOne<GrantApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(m => new { m.ApplicationId, m.DueOn });
        });
        builder.Entity<ApplicationReview>(e =>
        {
            e.ToTable("grant_reviews");
            e.Property(r => r.ReviewerId).HasMaxLength(64);
            e.Property(r => r.ReviewerName).HasMaxLength(64);
            e.Property(r => r.Score).HasPrecision(5, 1);
            e.Property(r => r.Comment).HasMaxLength(ApplicationReview.MaxComment);
            e.HasOne<GrantApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            // One review per reviewer and application, decided by the database.
            e.HasIndex(r => new { r.ApplicationId, r.ReviewerId }).IsUnique();
            e.HasIndex(r => r.ProgramId);
        });
        builder.Entity<ProjectFigureSnapshot>(e =>
        {
            e.ToTable("grant_project_figures");
            e.HasKey(s => s.ProjectId);
            e.Property(s => s.ProjectId).ValueGeneratedNever();
            e.Property(s => s.VolunteerHours).HasPrecision(12, 2);
            e.Property(s => s.Satisfaction).HasPrecision(4, 2);
            e.HasOne<GrantProject>().WithOne().HasForeignKey<ProjectFigureSnapshot>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.ProgramId);
        });
        builder.Entity<GrantProject>(e =>
        {
            e.ToTable("grant_projects");
            e.Property(p => p.Title).HasMaxLength(GrantApplication.MaxTitle);
            e.Property(p => p.Category).HasMaxLength(GrantCategory.MaxName);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(8);
            e.Property(p => p.AwardedBy).HasMaxLength(64);
            e.Property(p => p.AgreementNumber).HasMaxLength(GrantProject.MaxAgreementNumber);
            e.HasOne<GrantProgram>().WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<GrantApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
            // One project per application, whatever two officers click at once.
            e.HasIndex(p => p.ApplicationId).IsUnique();
            e.HasIndex(p => new { p.ProgramId, p.CommunityId });
            e.HasIndex(p => p.CommunityId);
            e.HasIndex(p => p.OrganizationId);
        });
        builder.Entity<MonthlyReport>(e =>
        {
            e.ToTable("grant_reports");
            e.Property(r => r.Month).HasMaxLength(7);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(r => r.SubmittedBy).HasMaxLength(64);
            e.Property(r => r.ReviewedBy).HasMaxLength(64);
            e.Property(r => r.ReviewComment).HasMaxLength(MonthlyReport.MaxComment);
            e.Property(r => r.VolunteerHours).HasPrecision(10, 2);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.ProjectId, r.Month }).IsUnique();
            e.HasIndex(r => new { r.ProgramId, r.Status });
        });
        builder.Entity<Expenditure>(e =>
        {
            e.ToTable("grant_expenditures");
            e.Property(x => x.Payee).HasMaxLength(Expenditure.MaxText);
            e.Property(x => x.Note).HasMaxLength(Expenditure.MaxText);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ProjectId, x.On });
        });
        builder.Entity<BudgetChange>(e =>
        {
            e.ToTable("grant_budget_changes");
            e.Property(x => x.Reason).HasMaxLength(BudgetChange.MaxText);
            e.Property(x => x.Comment).HasMaxLength(BudgetChange.MaxText);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.RequestedBy).HasMaxLength(64);
            e.Property(x => x.DecidedBy).HasMaxLength(64);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.FromLineId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.ToLineId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ProjectId, x.Status });
        });
        builder.Entity<CaseStory>(e =>
        {
            e.ToTable("grant_case_stories");
            foreach (var section in new[] { nameof(CaseStory.Background), nameof(CaseStory.Approach), nameof(CaseStory.Process), nameof(CaseStory.Outcomes),
                         nameof(CaseStory.Reflection), nameof(CaseStory.Story) })
                e.Property<string?>(section).HasMaxLength(CaseStory.MaxSection);
            e.Property(x => x.StoryConsent).HasMaxLength(CaseStory.MaxConsentNote);
            e.Property(x => x.UpdatedBy).HasMaxLength(64);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ProjectId).IsUnique();
            e.HasIndex(x => new { x.ProgramId, x.Selected });
        });
        builder.Entity<CasePhoto>(e =>
        {
            e.ToTable("grant_case_photos");
            e.Property(x => x.Caption).HasMaxLength(CasePhoto.MaxCaption);
            e.HasOne<CaseStory>().WithMany().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.StoryId);
        });
        builder.Entity<ActivityEvaluation>(e =>
        {
            e.ToTable("grant_activity_evaluations");
            e.Property(x => x.Note).HasMaxLength(ActivityEvaluation.MaxNote);
            e.Property(x => x.By).HasMaxLength(64);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ActivityId).IsUnique();
            e.HasIndex(x => x.ProjectId);
        });
        builder.Entity<FinalEvaluation>(e =>
        {
            e.ToTable("grant_final_evaluations");
            e.Property(x => x.Satisfaction).HasPrecision(5, 1);
            e.Property(x => x.Influence).HasPrecision(5, 1);
            e.Property(x => x.Findings).HasMaxLength(FinalEvaluation.MaxFindings);
            e.Property(x => x.Evaluator).HasMaxLength(64);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ProjectId).IsUnique();
        });
        builder.Entity<Oversight.ProjectReview>(e =>
        {
            e.ToTable("grant_project_reviews");
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Conclusion).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Findings).HasMaxLength(Oversight.ProjectReview.MaxFindings);
            e.Property(x => x.ReviewedBy).HasMaxLength(64);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ProjectId);
        });
        builder.Entity<Oversight.RectificationItem>(e =>
        {
            e.ToTable("grant_rectification_items");
            e.Property(x => x.Description).HasMaxLength(Oversight.RectificationItem.MaxText);
            e.Property(x => x.Evidence).HasMaxLength(Oversight.RectificationItem.MaxText);
            e.Property(x => x.DoneBy).HasMaxLength(64);
            e.HasOne<Oversight.ProjectReview>().WithMany().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ReviewId);
            e.HasIndex(x => new { x.ProjectId, x.DoneOn });
            e.HasIndex(x => new { x.CommunityId, x.DoneOn });
        });
        builder.Entity<Oversight.Tranche>(e =>
        {
            e.ToTable("grant_tranches");
            e.Property(x => x.AfterReview).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.PaidBy).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(Oversight.Tranche.MaxNote);
            e.HasOne<GrantProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Milestone>().WithMany().HasForeignKey(x => x.MilestoneId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ProjectId, x.Sequence }).IsUnique();
            e.HasIndex(x => x.MilestoneId);
        });
        builder.Entity<Shortlist.ShortlistNotice>(e =>
        {
            e.ToTable("grant_shortlist_notices");
            e.Property(x => x.Program).HasMaxLength(GrantProgram.MaxName);
            e.Property(x => x.RegionPath).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(Shortlist.ShortlistNotice.MaxNote);
            e.Property(x => x.PublishedBy).HasMaxLength(64);
            e.HasOne<GrantProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.ProgramId);
        });
        builder.Entity<Shortlist.ShortlistEntry>(e =>
        {
            e.ToTable("grant_shortlist_entries");
            e.Property(x => x.Title).HasMaxLength(GrantApplication.MaxTitle);
            e.Property(x => x.Organization).HasMaxLength(100);
            e.Property(x => x.Community).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(GrantCategory.MaxName);
            e.HasOne<Shortlist.ShortlistNotice>().WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<GrantApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.NoticeId);
            // An application stands on one notice, whatever two officers publish at once.
            e.HasIndex(x => x.ApplicationId).IsUnique();
        });
        builder.Entity<Shortlist.NoticeObjection>(e =>
        {
            e.ToTable("grant_notice_objections");
            e.Property(x => x.RegionPath).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(Shortlist.NoticeObjection.MaxText);
            e.Property(x => x.Contact).HasMaxLength(Shortlist.NoticeObjection.MaxContact);
            e.Property(x => x.FiledBy).HasMaxLength(64);
            e.Property(x => x.Answer).HasMaxLength(Shortlist.NoticeObjection.MaxText);
            e.Property(x => x.AnsweredBy).HasMaxLength(64);
            e.HasOne<Shortlist.ShortlistNotice>().WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.NoticeId, x.ApplicationId });
        });
    }
}
