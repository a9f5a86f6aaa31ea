using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Privacy;
using Linli.Web.Shared.Navigation;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>The residents register and care ledger (台账). Its tables are configured in <see cref="ResidentsData"/>.</summary>
public static class ResidentsModule
{
    public static void AddResidents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddResidentsPolicies();
        services.AddScoped<ResidentsService>();
        services.AddScoped<ResidentPlacement>();
        services.AddScoped<ResidentDirectory>();
        services.AddScoped<Demo.InventedResidents>();
        services.AddSingleton(ResidentsApiSummaries.Table);
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Resident", ["resident", "guardian", "borrower"], async (sp, ids, ct) =>
            new(await sp.GetRequiredService<ResidentDirectory>().NamesAsync(ids, ct))));
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ActForResidentHandler>();
        services.AddScoped<ResidentTagService>();
        services.AddScoped<ResidentViewBuilder>();
        services.AddScoped<Care.CareService>();
        services.AddScoped<Import.ResidentImporter>();
        services.AddScoped<Import.ResidentExporter>();
        services.AddSingleton<Import.ImportProgress>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.ResidentsDemo>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.CountedPeopleDemo>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, ResidentsWorkbench>();
        services.AddScoped<Platform.Figures.IFigureSource, ResidentFigures>();
        services.AddScoped<Platform.Figures.IFigureSource, ResidentGroupFigures>();
        services.AddScoped<Owners.OwnersService>();
        services.AddScoped<Tags.CommunityTagsService>();
        services.AddScoped<SelfService.SelfServiceService>();
        services.AddScoped<SelfService.ResidentNotifier>();
        services.AddSingleton<SelfService.ResidentCard>();
        services.AddScoped<SelfService.ResidentFinder>();
        services.AddScoped<Platform.Scoping.IResidentScopeSource, SelfService.ResidentScopeSource>();
        services.AddScoped<Guardians.GuardiansService>();
        services.AddSingleton(new NavItem("/console/residents", "Nav.Residents", 20, ResidentsPolicies.Read));
        services.AddSingleton(new NavItem("/console/residents/care", "Nav.Care", 21, ResidentsPolicies.Read));
        services.AddSingleton(new NavItem("/console/residents/corrections", "Nav.Corrections", 22, ResidentsPolicies.Read));
        services.AddSingleton(new SensitiveField("Resident", "idNumber", (db, id, ct) => ReadAsync(db, id, r => r.IdNumber, ct)));
        services.AddSingleton(new SensitiveField("Resident", "phone", (db, id, ct) => ReadAsync(db, id, r => r.Phone, ct)));
        services.AddSingleton(new SensitiveField("UnitOwner", "idNumber", (db, id, ct) => ReadOwnerAsync(db, id, o => o.IdNumber, ct)));
        services.AddSingleton(new SensitiveField("UnitOwner", "phone", (db, id, ct) => ReadOwnerAsync(db, id, o => o.Phone, ct)));
    }

    public static void MapResidents(this WebApplication app)
    {
        app.MapResidentsApi();
        Import.ResidentsImportApi.MapResidentsImportApi(app);
        Care.CareApi.MapCareApi(app);
        Owners.OwnersApi.MapOwnersApi(app);
        Tags.CommunityTagsApi.MapCommunityTagsApi(app);
        SelfService.SelfServiceApi.MapSelfServiceApi(app);
        Guardians.GuardiansApi.MapGuardiansApi(app);
        app.MapResidentsConsoleFiles();
    }

    /// <summary>Through the scoped context: a resident of another community reads as absent.</summary>
    private static async Task<string?> ReadAsync(LinliDb db, string id, System.Linq.Expressions.Expression<Func<Resident, string?>> field, CancellationToken cancellationToken) =>
        int.TryParse(id, out var residentId)
            ? await db.Set<Resident>().Where(r => r.Id == residentId).Select(field).FirstOrDefaultAsync(cancellationToken)
            : null;

    private static async Task<string?> ReadOwnerAsync(LinliDb db, string id, System.Linq.Expressions.Expression<Func<Owners.UnitOwner, string?>> field, CancellationToken cancellationToken) =>
        int.TryParse(id, out var ownerId)
            ? await db.Set<Owners.UnitOwner>().Where(o => o.Id == ownerId).Select(field).FirstOrDefaultAsync(cancellationToken)
            : null;
}
