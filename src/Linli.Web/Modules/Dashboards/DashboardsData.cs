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
    }
}
