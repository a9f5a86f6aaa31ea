using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>
/// Micro-renewal (微更新) by 一图三会. Tables in <see cref="RenewalData"/>; rules in docs/micro-renewal.md. Its meetings
/// are the deliberation module's; its households' poll is the surveys module's.
/// </summary>
public static class RenewalModule
{
    public static void AddMicroRenewal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddRenewalPolicies();
        services.AddScoped<RenewalService>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, RenewalWorkbench>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/renewal", "Nav.Renewal", 47, RenewalPolicies.Read));
        services.AddSingleton(RenewalApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.RenewalDemo>();
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Renewal", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<RenewalProject>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct)));
    }

    public static void MapMicroRenewal(this WebApplication app) => app.MapRenewalApi();
}
