using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// Deciding together (议事协商): bodies, meetings, questions first and answers together, resolutions and the action
/// items that follow them. Tables in <see cref="DeliberationData"/>; rules in docs/deliberation.md.
/// </summary>
public static class DeliberationModule
{
    public static void AddDeliberation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddDeliberationPolicies();
        services.AddScoped<Platform.Figures.IFigureSource, DeliberationFigures>();
        services.AddScoped<MeetingsService>();
        services.AddScoped<ProjectMeetings>();
        services.AddScoped<QuestionsService>();
        services.AddScoped<ResolutionsService>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, DeliberationWorkbench>();
        services.AddScoped<Platform.Workbench.IPortalNoteSource, DeliberationPortalNotes>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/meetings", "Nav.Meetings", 43, DeliberationPolicies.ReadRecords));
        services.AddSingleton(DeliberationApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.DeliberationDemo>();
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Meeting", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Meeting>().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title, ct)));
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Resolution", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Resolution>().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Text, ct)));
    }

    public static void MapDeliberation(this WebApplication app) => app.MapDeliberationApi();
}
