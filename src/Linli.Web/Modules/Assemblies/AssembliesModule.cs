using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>Owners' assemblies (业主大会) under Civil Code Art. 278. Tables in <see cref="AssembliesData"/>; rules in docs/assemblies.md.</summary>
public static class AssembliesModule
{
    public static void AddAssemblies(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddAssembliesPolicies();
        services.AddScoped<AssembliesService>();
        services.AddScoped<AssemblyResults>();
        services.AddScoped<AssemblyPublication>();
        services.AddScoped<BallotPapers>();
        services.AddScoped<CompoundGovernance>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, AssembliesWorkbench>();
        services.AddScoped<Platform.Figures.IFigureSource, AssemblyFigures>();
        services.AddScoped<OwnBallots>();
        services.AddScoped<Platform.Workbench.IPortalNoteSource, AssembliesPortalNotes>();
        services.AddSingleton(AssembliesApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.AssembliesDemo>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.CommitteesDemo>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/assemblies", "Nav.Assemblies", 38, AssembliesPolicies.Read));
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Assembly", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<OwnersAssembly>().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct)));
    }

    public static void MapAssemblies(this WebApplication app)
    {
        app.MapAssembliesApi();
        app.MapBallotsApi();
        app.MapGovernanceApi();
    }
}
