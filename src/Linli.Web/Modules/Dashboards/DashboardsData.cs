using Linli.Web.Modules.Dashboards.Facts;
using Linli.Web.Modules.Dashboards.Reports;
using Linli.Web.Modules.Dashboards.Targets;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards;

public static class DashboardsData
{
    public static void ConfigureDashboards(this ModelBuilder builder)
    {
        builder.Entity<MonthlyReport>(e =>
        {
            e.ToTable("dashboard_monthly_reports");
            e.Property(r => r.RegionPath).HasMaxLength(200);
            e.Property(r => r.SubmittedBy).HasMaxLength(MonthlyReport.MaxBy);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
            // One kept report per region and month: whoever takes it second keeps the first.
            e.HasIndex(r => new { r.RegionId, r.Month }).IsUnique();
            e.HasIndex(r => r.RegionPath);
        });
        builder.Entity<FigureTarget>(e =>
        {
            e.ToTable("dashboard_targets");
            e.Property(t => t.RegionPath).HasMaxLength(200);
            e.Property(t => t.FigureKey).HasMaxLength(FigureTarget.MaxKey);
            e.Property(t => t.Per).HasConversion<string>().HasMaxLength(10);
            e.Property(t => t.Value).HasPrecision(14, 2);
            e.Property(t => t.SetBy).HasMaxLength(FigureTarget.MaxBy);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
            // One target per region, figure and span: two people setting it at once, the second is told.
            e.HasIndex(t => new { t.RegionId, t.FigureKey, t.Per }).IsUnique();
            e.HasIndex(t => t.RegionPath);
        });
        builder.Entity<MonthFact>(e =>
        {
            e.ToTable("dashboard_month_facts");
            // A district's year reads its communities' twelve months: the key leads with the community.
            e.HasKey(f => new { f.CommunityId, f.Month, f.Key });
            e.Property(f => f.Key).HasMaxLength(MonthFact.MaxKey);
            e.Property(f => f.Value).HasPrecision(18, 2);
            e.HasIndex(f => f.Month);
        });
        builder.Entity<TodayFact>(e =>
        {
            e.ToTable("dashboard_today_facts");
            e.HasKey(f => new { f.CommunityId, f.RegionId, f.Key });
            e.Property(f => f.Key).HasMaxLength(MonthFact.MaxKey);
            e.Property(f => f.Value).HasPrecision(18, 2);
        });
        builder.Entity<RegionFact>(e =>
        {
            e.ToTable("dashboard_region_facts");
            e.HasKey(f => new { f.RegionId, f.From, f.To, f.Key });
            e.Property(f => f.RegionPath).HasMaxLength(200);
            e.Property(f => f.Key).HasMaxLength(MonthFact.MaxKey);
            e.Property(f => f.Value).HasPrecision(18, 2);
        });
        builder.Entity<FactMonth>(e =>
        {
            e.ToTable("dashboard_fact_months");
            e.HasKey(m => m.Month);
        });
    }
}
