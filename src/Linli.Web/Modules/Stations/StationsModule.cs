namespace Linli.Web.Modules.Stations;

/// <summary>
/// Social-work stations (社工站): the workers and the ladder they climb — qualifications, trainings attended,
/// supervision given and received, and the hours each has, always summed from the records. Tables in
/// <see cref="StationsData"/>; rules in docs/stations.md.
/// </summary>
public static class StationsModule
{
    public static void AddStations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddStationsPolicies();
        services.Configure<StationsOptions>(builder.Configuration.GetSection(StationsOptions.Section));
        services.AddScoped<StaffService>();
        services.AddScoped<StaffWorkReader>();
        services.AddScoped<SupervisorQueue>();
        services.AddScoped<TrainingsService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<StationsService>();
        services.AddScoped<LadderService>();
        services.AddScoped<StationMonths>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.StationsDemo>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, StationsWorkbench>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/stations", "Nav.Stations", 62, StationsPolicies.Read));
        services.AddSingleton(StationsApiSummaries.Table);
    }

    public static void MapStations(this WebApplication app) => app.MapStationsApi();
}
