using Linli.Web.Platform.Jobs;

namespace Linli.Web.Modules.Care;

/// <summary>
/// Care work beyond the register's care ledger: cases with record-level access and referrals, the "365" request
/// line, community health records. Tables in <see cref="CareData"/>; rules in docs/care.md.
/// </summary>
public static class CareModule
{
    public static void AddCare(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddCarePolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CaseAuthorizationHandler>();
        services.Configure<CareOptions>(builder.Configuration.GetSection(CareOptions.Section));
        services.AddScoped<Platform.Figures.IFigureSource, CareFigures>();
        services.AddScoped<Cases.CasesService>();
        services.AddScoped<Cases.ReferralsService>();
        services.AddScoped<Cases.ReferralFigures>();
        services.AddScoped<Requests.RequestsService>();
        services.AddScoped<Requests.RequestLinks>();
        services.AddScoped<Requests.RequestFiguresService>();
        services.AddScoped<Requests.RequestEscalation>();
        services.AddScoped<Health.HealthService>();
        services.AddScoped<Health.HealthFigures>();
        services.AddScoped<Clinics.ClinicsService>();
        services.AddScoped<Support.SupportService>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, CareWorkbench>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/care", "Nav.Cases", 48, CarePolicies.Cases));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/care/requests", "Nav.Requests", 49, CarePolicies.Requests));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/care/health", "Nav.Health", 50, CarePolicies.Health));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/care/clinics", "Nav.Clinics", 51, CarePolicies.Health));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/care/support", "Nav.Support", 52, CarePolicies.Cases));
        services.AddSingleton(CareApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.CareDemo>();
        builder.AddPeriodicWork<Requests.RequestEscalation>();
    }

    public static void MapCare(this WebApplication app) => app.MapCareApi();
}
