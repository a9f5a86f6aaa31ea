namespace Linli.Web.Modules.Stewards;

/// <summary>
/// Door-level self-governance (楼门自治) and the small practices residents keep: building stewards and their households;
/// household consultations — a question
/// put to a place's households, one answer each, the share it comes to — and the adoption of plants and green with
/// its care log. Tables in <see cref="StewardsData"/>; rules in docs/stations.md.
/// </summary>
public static class StewardsModule
{
    public static void AddStewards(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddStewardsPolicies();
        services.AddScoped<ConsultationsService>();
        services.AddScoped<AdoptionsService>();
        services.AddScoped<StewardsService>();
        services.AddScoped<StewardDesk>();
        services.AddScoped<Platform.Workbench.IPortalNoteSource, StewardsPortalNotes>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.StewardsDemo>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, StewardsWorkbench>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/consultations", "Nav.Consultations", 63, StewardsPolicies.Read));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/adoptions", "Nav.Adoptions", 64, StewardsPolicies.Read));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/stewards", "Nav.Stewards", 65, StewardsPolicies.Read));
        services.AddSingleton(StewardsApiSummaries.Table);
    }

    public static void MapStewards(this WebApplication app) => app.MapStewardsApi();
}
