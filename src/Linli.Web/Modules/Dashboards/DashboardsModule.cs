using Linli.Web.Modules.Dashboards.Reports;
using Linli.Web.Platform.Jobs;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// Figures from district to building, computed from the records the other modules keep (each declares its figures as
/// an <see cref="Platform.Figures.IFigureSource"/>), and the monthly reports kept from them; see docs/dashboards.md.
/// </summary>
public static class DashboardsModule
{
    public static void AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddDashboardsPolicies();
        builder.Services.AddSingleton<IAuthorizationHandler, ReportSubmissionHandler>();
        builder.Services.AddScoped<FigureCatalogue>();
        builder.Services.AddScoped<FiguresService>();
        builder.Services.AddScoped<MonthlyReports>();
        builder.Services.AddScoped<ReportFiles>();
        builder.Services.AddScoped<Targets.FigureTargets>();
        builder.Services.AddScoped<MonthlyReportsJob>();
        builder.AddPeriodicWork<MonthlyReportsJob>();
        builder.Services.AddScoped<Facts.FigureFacts>();
        builder.Services.AddScoped<Facts.FactKeeper>();
        builder.AddPeriodicWork<Facts.FactKeeper>();
        builder.Services.AddSingleton(DashboardsApiSummaries.Table);
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/dashboards", "Nav.Dashboards", 15, DashboardsPolicies.Read));
        builder.Services.AddSingleton(new Shared.Navigation.HomePanel(typeof(Pages.HomeFigures), 10, DashboardsPolicies.Read));
    }

    public static void MapDashboards(this WebApplication app) => app.MapDashboardsApi();
}
