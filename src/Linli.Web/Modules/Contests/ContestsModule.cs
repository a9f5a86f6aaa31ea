using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>Public contests (评选) with honest voting. Tables in <see cref="ContestsData"/>; rules in docs/assemblies.md.</summary>
public static class ContestsModule
{
    public static void AddContests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthorizationBuilder().AddContestsPolicies();
        services.AddScoped<ContestsService>();
        services.AddScoped<ProjectContests>();
        services.AddScoped<ContestVoting>();
        services.AddScoped<ContestReview>();
        services.AddScoped<Platform.Workbench.IWorkbenchSource, ContestsWorkbench>();
        services.AddSingleton(new Shared.Navigation.NavItem("/console/contests", "Nav.Contests", 39, ContestsPolicies.Read));
        services.AddSingleton(ContestsApiSummaries.Table);
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.ContestsDemo>();
        services.AddSingleton(Platform.Audit.AuditNames.ByNumber("Contest", [], (sp, ids, ct) =>
            sp.GetRequiredService<Platform.Data.LinliDb>().Set<Contest>().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct)));
    }

    public static void MapContests(this WebApplication app) => app.MapContestsApi();
}
