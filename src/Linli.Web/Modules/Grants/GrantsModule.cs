using Linli.Web.Platform.Jobs;

namespace Linli.Web.Modules.Grants;

/// <summary>
/// Micro-grants (公益创投): programs, joint applications, review, awards that never pass the budget, projects whose
/// figures come from the activities held in them, monthly reports pre-filled from the records. Tables in
/// <see cref="GrantsData"/>; rules and every indicator's definition in docs/grants.md.
/// </summary>
public static class GrantsModule
{
    public static void AddGrants(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddGrantsPolicies();
        services.AddScoped<Programs.ProgramsService>();
        services.AddScoped<Programs.ProgramSummaries>();
        services.AddScoped<Applications.ApplicationsService>();
        services.AddScoped<Applications.ApplicationsQueries>();
        services.AddScoped<Projects.ProjectsService>();
        services.AddScoped<Projects.ProjectEvidence>();
        services.AddScoped<Projects.TargetActuals>();
        services.AddScoped<Projects.ProjectRecords>();
        services.AddScoped<Projects.ExpendituresService>();
        services.AddScoped<Projects.ProjectFiguresRefresh>();
        services.AddScoped<Projects.ReportsService>();
        services.AddScoped<Projects.BudgetChangesService>();
        services.AddScoped<Casebook.CasebookService>();
        services.AddScoped<Evaluation.EvaluationService>();
        services.AddScoped<Oversight.OversightService>();
        services.AddScoped<Shortlist.ShortlistService>();
        services.AddScoped<GrantProjectDirectory>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, GrantsWorkbench>();
        services.AddScoped<Platform.Figures.IFigureSource, GrantFigures>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/grants", "Nav.Grants", 61, GrantsPolicies.Read));
        services.AddSingleton(GrantsApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.GrantsDemo>();
        builder.AddPeriodicWork<Projects.ProjectFiguresRefresh>();
    }

    public static void MapGrants(this WebApplication app)
    {
        app.MapGrantsApi();
        Casebook.CasebookApi.MapCasebookApi(app);
        Projects.ExpendituresApi.MapExpendituresApi(app);
        Oversight.OversightApi.MapOversightApi(app);
        Shortlist.ShortlistApi.MapShortlistApi(app);
    }
}
