using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Volunteers under Order 67: registration with consent, service records, numbered certificates anyone can check. Tables in <see cref="VolunteersData"/>.</summary>
public static class VolunteersModule
{
    public static void AddVolunteers(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddVolunteersPolicies();
        builder.Services.AddScoped<VolunteersService>();
        builder.Services.AddSingleton(VolunteersApiSummaries.Table);
        builder.Services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Volunteer", [], async (sp, ids, ct) =>
        {
            var volunteers = await sp.GetRequiredService<Platform.Data.LinliDb>().Set<Volunteer>().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.ResidentId, ct);
            var names = await sp.GetRequiredService<Residents.ResidentDirectory>().NamesAsync(volunteers.Values, ct);
            return volunteers.Where(v => names.ContainsKey(v.Value)).ToDictionary(v => v.Key, v => names[v.Value]);
        }));
        builder.Services.AddScoped<VolunteerProfiles>();
        builder.Services.AddScoped<VolunteerRecordsService>();
        builder.Services.AddScoped<StationTrainingRecords>();
        builder.Services.AddScoped<PracticeHours>();
        builder.Services.AddScoped<ActivityHours>();
        builder.Services.AddScoped<VolunteerFigures>();
        builder.Services.AddScoped<Platform.Figures.IFigureSource, VolunteerFigureSource>();
        builder.Services.AddScoped<Recognition.RecognitionRounds>();
        builder.Services.AddScoped<Patrols.PatrolsService>();
        builder.Services.AddScoped<Tasks.VolunteerAbilities>();
        builder.Services.AddScoped<Tasks.HelperTasksService>();
        builder.Services.AddScoped<Platform.Demo.IDemoContributor, Demo.VolunteersDemo>();
        builder.Services.AddScoped<Platform.Demo.IDemoContributor, Demo.PracticesDemo>();
        builder.Services.AddScoped<Platform.Demo.IDemoContributor, Demo.TasksDemo>();
        builder.Services.AddScoped<Platform.Workbench.IWorkbenchSource, VolunteersWorkbench>();
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/volunteers", "Nav.Volunteers", 37, VolunteersPolicies.Manage));
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/patrols", "Nav.Patrols", 34, VolunteersPolicies.Manage));
        builder.Services.AddSingleton(new Shared.Navigation.NavItem("/console/volunteers/tasks", "Nav.HelperTasks", 38, VolunteersPolicies.Manage));
    }

    public static void MapVolunteers(this WebApplication app)
    {
        app.MapVolunteersApi();
        Patrols.PatrolsApi.MapPatrolsApi(app);
        Tasks.TasksApi.MapTasksApi(app);
        app.MapCertificateFiles();
    }
}
