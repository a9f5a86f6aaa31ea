namespace Linli.Web.Modules.Mediation;

/// <summary>
/// Accompanied mediation (陪伴式调解) of neighbours' conflicts. Tables in <see cref="MediationData"/>; rules in
/// docs/mediation.md. The request line (Care module) opens cases through <see cref="MediationService"/>.
/// </summary>
public static class MediationModule
{
    public static void AddMediation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddMediationPolicies();
        services.AddScoped<MediationService>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, MediationWorkbench>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/mediation", "Nav.Mediation", 46, MediationPolicies.Handle));
        services.AddSingleton(MediationApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.MediationDemo>();
    }

    public static void MapMediation(this WebApplication app) => app.MapMediationApi();
}
