using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys.Needs;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys;

public static class SurveysData
{
    public static void ConfigureSurveys(this ModelBuilder builder)
    {
        builder.Entity<Survey>(e =>
        {
            e.ToTable("surveys_surveys");
            e.HasIndex(s => s.GrantProjectId);
            e.Property(s => s.Title).HasMaxLength(Survey.MaxTitle);
            e.Property(s => s.TitleEn).HasMaxLength(Survey.MaxTitle);
            e.Property(s => s.Intro).HasMaxLength(Survey.MaxIntro);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Respondents).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.OncePer).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Target).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.TargetTag).HasMaxLength(50);
            e.Property(s => s.Token).HasMaxLength(32);
            e.Property(s => s.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(s => s.TargetRegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Survey>().WithMany().HasForeignKey(s => s.CopiedFromId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(s => s.Token).IsUnique();
            e.HasIndex(s => new { s.CommunityId, s.Status });
        });
        builder.Entity<SurveyQuestion>(e =>
        {
            e.ToTable("surveys_questions");
            e.Property(q => q.Key).HasMaxLength(SurveyQuestion.MaxKey);
            e.Property(q => q.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(q => q.Text).HasMaxLength(SurveyQuestion.MaxText);
            e.Property(q => q.TextEn).HasMaxLength(SurveyQuestion.MaxText);
            e.Property(q => q.Section).HasMaxLength(SurveyQuestion.MaxText);
            e.Property(q => q.ShowIfKey).HasMaxLength(SurveyQuestion.MaxKey);
            e.Property(q => q.Min).HasPrecision(12, 2);
            e.Property(q => q.Max).HasPrecision(12, 2);
            e.Property<string>("OptionsJson").HasColumnName("Options");
            e.Property<string>("OptionsEnJson").HasColumnName("OptionsEn");
            e.Property<string>("RowsJson").HasColumnName("Rows");
            e.Property<string>("ShowIfValuesJson").HasColumnName("ShowIfValues");
            e.HasOne<Survey>().WithMany().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(q => new { q.SurveyId, q.Key }).IsUnique();
        });
        builder.Entity<SurveyResponse>(e =>
        {
            e.ToTable("surveys_responses");
            e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.AgeBand).HasMaxLength(10);
            e.Property(r => r.OnceKey).HasMaxLength(30);
            e.Property(r => r.ClientKey).HasMaxLength(SurveyResponse.MaxClientKey);
            e.Property(r => r.EnteredBy).HasMaxLength(100);
            e.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
            // Once per person or household, and one response per phone-given id: decided by the database under concurrent sends.
            e.HasIndex(r => new { r.SurveyId, r.OnceKey }).IsUnique();
            e.HasIndex(r => new { r.SurveyId, r.ClientKey }).IsUnique();
            e.HasIndex(r => new { r.SurveyId, r.SubmittedAt });
        });
        builder.Entity<SurveyAnswer>(e =>
        {
            e.ToTable("surveys_answers");
            e.Property(a => a.QuestionKey).HasMaxLength(SurveyQuestion.MaxKey);
            e.Property(a => a.Number).HasPrecision(14, 2);
            e.HasOne<AnswerTheme>().WithMany().HasForeignKey(a => a.ThemeId).OnDelete(DeleteBehavior.SetNull);
            // The results read per survey and question, counting choices: one index pass.
            e.HasIndex(a => new { a.SurveyId, a.QuestionKey, a.Choice, a.ResponseId }).HasDatabaseName("IX_surveys_answers_tally");
            e.HasIndex(a => a.ResponseId);
            e.HasIndex(a => a.ThemeId);
        });
        builder.Entity<AnswerTheme>(e =>
        {
            e.ToTable("surveys_themes");
            e.Property(t => t.QuestionKey).HasMaxLength(SurveyQuestion.MaxKey);
            e.Property(t => t.Name).HasMaxLength(AnswerTheme.MaxName);
            e.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => new { t.SurveyId, t.QuestionKey, t.Name }).IsUnique();
        });
        builder.Entity<Need>(e =>
        {
            e.ToTable("surveys_needs");
            e.Property(n => n.Title).HasMaxLength(Need.MaxTitle);
            e.Property(n => n.Details).HasMaxLength(Need.MaxDetails);
            e.Property(n => n.RaisedBy).HasMaxLength(Need.MaxRaisedBy);
            e.Property(n => n.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.QuestionKey).HasMaxLength(SurveyQuestion.MaxKey);
            e.Property(n => n.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(n => n.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Survey>().WithMany().HasForeignKey(n => n.SurveyId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(n => new { n.CommunityId, n.Status });
            e.ToTable(t => t.HasCheckConstraint("CK_surveys_needs_counts", "\"Households\" >= 0 AND \"Votes\" >= 0"));
        });
        builder.Entity<NeedActivity>(e =>
        {
            e.ToTable("surveys_need_activities");
            e.HasKey(l => new { l.NeedId, l.ActivityId });
            e.HasOne<Need>().WithMany().HasForeignKey(l => l.NeedId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Activity>().WithMany().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(l => l.ActivityId);
        });
    }
}
