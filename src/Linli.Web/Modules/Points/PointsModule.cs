using Linli.Web.Modules.Points.Earning;
using Linli.Web.Platform.Jobs;

namespace Linli.Web.Modules.Points;

/// <summary>Points: a double-entry ledger of awards and redemptions, the exchange catalogue, statements. Tables in <see cref="PointsData"/>.</summary>
public static class PointsModule
{
    public static void AddPoints(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddPointsPolicies();
        services.AddScoped<Platform.Figures.IFigureSource, PointsFigures>();
        services.AddScoped<Ledger>();
        services.AddScoped<PointsService>();
        services.AddScoped<ExchangeService>();
        services.AddScoped<PointsStatement>();
        services.AddScoped<EarningService>();
        services.AddScoped<RewardsJob>();
        services.AddSingleton(PointsApiSummaries.Table);
        builder.AddPeriodicWork<RewardsJob>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.PointsDemo>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, PointsWorkbench>();
        services.AddScoped<Platform.Workbench.IPortalNoteSource, PointsPortalNotes>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/points", "Nav.Points", 40, PointsPolicies.Manage));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/points/deeds", "Nav.Deeds", 41, PointsPolicies.RecordDeeds));
    }

    public static void MapPoints(this WebApplication app)
    {
        app.MapPointsApi();
        app.MapEarningApi();
    }
}
