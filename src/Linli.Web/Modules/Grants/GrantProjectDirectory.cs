using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants;

/// <summary>What other modules may ask of grant projects: where one is, and whether an activity or a survey may be made in it.</summary>
public sealed class GrantProjectDirectory(LinliDb db)
{
    /// <summary>The community of a project the caller sees, or null.</summary>
    public async Task<int?> CommunityOfAsync(int projectId, CancellationToken cancellationToken) =>
        await db.Set<GrantProject>().Where(p => p.Id == projectId).Select(p => (int?)p.CommunityId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Null when a record of the community (a survey) may belong to the project: its own community's, still running; otherwise why not.</summary>
    public async Task<string?> CheckRecordAsync(int projectId, int communityId, CancellationToken cancellationToken)
    {
        var project = await db.Set<GrantProject>().AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.CommunityId, p.Status }).FirstOrDefaultAsync(cancellationToken);
        if (project is null || project.CommunityId != communityId) return "Grant.ProjectNotFound";
        return project.Status == ProjectStatus.Closed ? "Grant.ProjectClosed" : null;
    }

    /// <summary>
    /// Null when an activity of the community from <paramref name="startsAt"/> to <paramref name="endsAt"/> (UTC) may be
    /// held in the project; otherwise the message key saying why not: another community's project (or none), outside
    /// its period (China dates), or closed.
    /// </summary>
    public async Task<string?> CheckActivityAsync(int projectId, int communityId, DateTime startsAt, DateTime endsAt, CancellationToken cancellationToken)
    {
        var project = await db.Set<GrantProject>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || project.CommunityId != communityId) return "Grant.ProjectNotFound";
        if (project.Status == ProjectStatus.Closed) return "Grant.ProjectClosed";
        var (first, last) = (DateOnly.FromDateTime(ChinaTime.FromUtc(startsAt)), DateOnly.FromDateTime(ChinaTime.FromUtc(endsAt.AddTicks(-1))));
        return first < project.StartsOn || last > project.EndsOn ? "Grant.OutsideProjectPeriod" : null;
    }
}
