using Linli.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>Activities: sign-ups with a waitlist, check-ins and the attendance figures other modules read. Tables in <see cref="ActivitiesData"/>.</summary>
public static class ActivitiesModule
{
    public static void AddActivities(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddActivitiesPolicies();
        builder.Services.AddScoped<ActivitiesService>();
        builder.Services.AddScoped<Templates.ActivityTemplates>();
        builder.Services.AddScoped<ActivityDirectory>();
        builder.Services.AddSingleton(ActivitiesApiSummaries.Table);
        builder.Services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Activity", ["activity"], async (sp, ids, ct) =>
            (await sp.GetRequiredService<ActivityDirectory>().SummariesAsync(ids, ids.Count, ct)).ToDictionary(a => a.Id, a => a.Title)));
        builder.Services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Space", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Spaces.Space>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct)));
        builder.Services.AddSingleton<SignUpWriter>();
        builder.Services.AddScoped<Attendance.AttendanceTallies>();
        builder.Services.AddScoped<Attendance.AttendanceSheets>();
        builder.Services.AddScoped<Attendance.AttendanceReport>();
        builder.Services.AddScoped<Platform.Figures.IFigureSource, ActivityFigures>();
        builder.Services.AddScoped<Platform.Figures.IFigureSource, Spaces.SpaceFigures>();
        builder.Services.AddScoped<Spaces.SpacesService>();
        builder.Services.AddScoped<Spaces.SpaceUsage>();
        builder.Services.AddScoped<ActivityReminders>();
        builder.Services.AddScoped<ActivityCalendar>();
        builder.Services.AddScoped<Records.RecordsService>();
        builder.AddPeriodicWork<ActivityReminders>();
        builder.Services.AddScoped<Platform.Demo.IDemoContributor, Demo.ActivitiesDemo>();
        builder.Services.AddScoped<Platform.Demo.IDemoContributor, Demo.TemplatesDemo>();
        builder.Services.AddScoped<Platform.Demo.IDemoContributor, Demo.CompositeSpaceDemo>();
        builder.Services.AddScoped<Platform.Workbench.IWorkbenchSource, ActivitiesWorkbench>();
        builder.Services.AddScoped<Platform.Workbench.IPortalNoteSource, ActivitiesPortalNotes>();
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/activities", "Nav.Activities", 30, ActivitiesPolicies.Manage));
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/spaces", "Nav.Spaces", 32, ActivitiesPolicies.Manage));
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/activities/templates", "Nav.Templates", 31, ActivitiesPolicies.Manage));
    }

    public static void MapActivities(this WebApplication app)
    {
        app.MapActivitiesApi();
        Templates.TemplatesApi.MapTemplatesApi(app);
        Records.RecordsApi.MapRecordsApi(app);
        Spaces.SpacesApi.MapSpacesApi(app);
    }
}
