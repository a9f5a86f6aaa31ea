using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Surveys;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.MicroRenewal;

public static class RenewalData
{
    public static void ConfigureMicroRenewal(this ModelBuilder builder)
    {
        builder.Entity<RenewalProject>(e =>
        {
            e.ToTable("renewal_projects");
            e.Property(p => p.Title).HasMaxLength(RenewalProject.MaxTitle);
            e.Property(p => p.Summary).HasMaxLength(RenewalProject.MaxText);
            e.Property(p => p.FundedBy).HasMaxLength(RenewalProject.MaxTitle);
            e.Property(p => p.Step).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.SiteReason).HasMaxLength(RenewalProject.MaxReason);
            e.Property(p => p.OptionReason).HasMaxLength(RenewalProject.MaxReason);
            e.Property(p => p.QuoteReason).HasMaxLength(RenewalProject.MaxReason);
            e.Property(p => p.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Survey>().WithMany().HasForeignKey(p => p.PollSurveyId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.CommunityId);
        });
        builder.Entity<RenewalStepEntry>(e =>
        {
            e.ToTable("renewal_steps");
            e.Property(s => s.Step).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Note).HasMaxLength(RenewalProject.MaxReason);
            e.Property(s => s.By).HasMaxLength(100);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            // Each step is reached once, decided here when two people press "next" together.
            e.HasIndex(s => new { s.ProjectId, s.Step }).IsUnique();
        });
        builder.Entity<RenewalMeeting>(e =>
        {
            e.ToTable("renewal_meetings");
            e.Property(m => m.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Title).HasMaxLength(RenewalProject.MaxTitle);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(m => new { m.ProjectId, m.Stage }).IsUnique();
        });
        builder.Entity<RenewalSite>(e =>
        {
            e.ToTable("renewal_sites");
            e.Property(s => s.Name).HasMaxLength(RenewalSite.MaxName);
            e.Property(s => s.Evidence).HasMaxLength(RenewalProject.MaxText);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.ProjectId);
        });
        builder.Entity<DesignOption>(e =>
        {
            e.ToTable("renewal_options");
            e.Property(o => o.Title).HasMaxLength(RenewalProject.MaxTitle);
            e.Property(o => o.Description).HasMaxLength(RenewalProject.MaxText);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(o => o.ProjectId);
        });
        builder.Entity<PlanItem>(e =>
        {
            e.ToTable("renewal_plan_items");
            e.Property(i => i.What).HasMaxLength(PlanItem.MaxWhat);
            e.Property(i => i.Responsible).HasMaxLength(PlanItem.MaxResponsible);
            e.Property(i => i.Dimensions).HasMaxLength(PlanItem.MaxDimensions);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => i.ProjectId);
        });
        builder.Entity<ContractorQuote>(e =>
        {
            e.ToTable("renewal_quotes");
            e.Property(q => q.Contractor).HasMaxLength(ContractorQuote.MaxContractor);
            e.Property(q => q.Scope).HasMaxLength(ContractorQuote.MaxScope);
            e.Property(q => q.Note).HasMaxLength(RenewalProject.MaxReason);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(q => q.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(q => q.ProjectId);
        });
        builder.Entity<RenewalPhoto>(e =>
        {
            e.ToTable("renewal_photos");
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(p => p.Caption).HasMaxLength(RenewalPhoto.MaxCaption);
            e.Property(p => p.By).HasMaxLength(100);
            e.HasOne<RenewalProject>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoredFile>().WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RenewalPhoto>().WithMany().HasForeignKey(p => p.BeforeId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.ProjectId);
            // One after photo per before photo: a pair is a pair.
            e.HasIndex(p => p.BeforeId).IsUnique();
        });
    }
}
