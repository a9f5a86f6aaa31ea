namespace Linli.Web.Modules.Partners;

/// <summary>
/// Partners and resources (共建单位, 资源链接): organizations and experts with their offers and conditions, what they
/// gave (valued by a stated rule), the needs linked to them, and the accounts of social organizations. Tables in
/// <see cref="PartnersData"/>; rules in docs/partners.md.
/// </summary>
public static class PartnersModule
{
    public static void AddPartners(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddPartnersPolicies();
        services.Configure<PartnersOptions>(builder.Configuration.GetSection(PartnersOptions.Section));
        services.AddScoped<PartnersService>();
        services.AddScoped<ContributionsService>();
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<Platform.Scoping.IOrganizationScopeSource, OrganizationScopeSource>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/partners", "Nav.Partners", 60, PartnersPolicies.Read));
        services.AddSingleton(PartnersApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.PartnersDemo>();
    }

    public static void MapPartners(this WebApplication app) => app.MapPartnersApi();
}
