namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// Figures from district to community, computed from the records the other modules keep (each declares its figures as
/// an <see cref="Platform.Figures.IFigureSource"/>); see docs/dashboards.md.
/// </summary>
public static class DashboardsModule
{
    public static void AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddDashboardsPolicies();
        builder.Services.AddScoped<FigureCatalogue>();
        builder.Services.AddScoped<FiguresService>();
        builder.Services.AddSingleton(DashboardsApiSummaries.Table);
    }

    public static void MapDashboards(this WebApplication app) => app.MapDashboardsApi();
}
