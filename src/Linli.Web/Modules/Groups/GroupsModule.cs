using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Groups;

/// <summary>Resident groups (自组织): roster, papers, stage, trainings, supervision, the activities they run. Tables in <see cref="GroupsData"/>.</summary>
public static class GroupsModule
{
    public static void AddGroups(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddGroupsPolicies();
        services.AddScoped<GroupsService>();
        services.AddScoped<GroupDirectory>();
        services.AddSingleton(GroupsApiSummaries.Table);
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Group", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<ResidentGroup>().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct)));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, GroupAuthorizationHandler>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.GroupsDemo>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/groups", "Nav.Groups", 36, GroupsPolicies.Use));
    }

    public static void MapGroups(this WebApplication app) => app.MapGroupsApi();
}
