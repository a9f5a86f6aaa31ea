using Linli.Web.Modules.Dashboards.Reports;
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
    }
}
