using Linli.Web.Modules.Surveys.Needs;
using Linli.Web.Modules.Surveys.Results;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys;

/// <summary>Needs assessment (问需): questionnaires, responses online, on paper and at the door, results, and the needs list. Tables in <see cref="SurveysData"/>.</summary>
public static class SurveysModule
{
    public static void AddSurveys(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddSurveysPolicies();
        services.AddScoped<Platform.Figures.IFigureSource, SurveyFigures>();
        services.AddScoped<Platform.Figures.IFigureSource, Needs.NeedFigures>();
        services.AddScoped<SurveysService>();
        services.AddScoped<ProjectSurveys>();
        services.AddScoped<ResponsesService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<SurveyExports>();
        services.AddScoped<NeedsService>();
        services.AddSingleton(SurveysApiSummaries.Table);
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Survey", ["survey"], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Survey>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, ct)));
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Need", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Needs.Need>().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Title, ct)));
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.SurveysDemo>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/surveys", "Nav.Surveys", 25, SurveysPolicies.Collect));
        services.AddSingleton(new Shared.Navigation.NavItem("/console/needs", "Nav.Needs", 26, SurveysPolicies.Manage));
    }

    public static void MapSurveys(this WebApplication app)
    {
        app.MapSurveysApi();
        app.MapNeedsApi();
    }
}
