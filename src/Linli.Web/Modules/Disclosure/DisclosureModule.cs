using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>Money in the open (公示): fund ledgers with a hash chain anyone can verify. Tables in <see cref="DisclosureData"/>; rules in docs/disclosure.md.</summary>
public static class DisclosureModule
{
    public static void AddDisclosure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddDisclosurePolicies();
        services.AddScoped<LedgersService>();
        services.AddScoped<StatementsService>();
        services.AddScoped<NoticesService>();
        services.AddScoped<WorksService>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/works", "Nav.Works", 45, DisclosurePolicies.Read));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/notices", "Nav.Notices", 44, DisclosurePolicies.Read));
        services.AddScoped<Platform.Workbench.IWorkbenchSource, DisclosureWorkbench>();
        services.AddScoped<Platform.Figures.IFigureSource, DisclosureFigures>();
        services.AddSingleton(DisclosureApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.DisclosureDemo>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/ledgers", "Nav.Ledgers", 42, DisclosurePolicies.Read));
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Works", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<WorksProject>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct)));
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Notice", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Notice>().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Title, ct)));
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Ledger", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<FundLedger>().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct)));
    }

    public static void MapDisclosure(this WebApplication app) => app.MapDisclosureApi();
}
