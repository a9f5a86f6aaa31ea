using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants;

/// <summary>A monthly report not yet accepted: <c>returned</c> when the foundation sent it back for revision, otherwise waiting for its review.</summary>
public sealed record OpenReport(int Id, int ProjectId, string Project, string Month, bool Returned, DateOnly DueOn);

/// <summary>What other modules may ask of grant projects: where one is, and whether an activity, a clinic, a meeting, a contest or a survey may be made in it.</summary>
public sealed class GrantProjectDirectory(LinliDb db)
{
    /// <summary>The community of a project the caller sees, or null.</summary>
    public async Task<int?> CommunityOfAsync(int projectId, CancellationToken cancellationToken) =>
        await db.Set<GrantProject>().Where(p => p.Id == projectId).Select(p => (int?)p.CommunityId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The community's projects' monthly reports still open: waiting for the foundation's review, or returned to be
    /// revised — what a station's supervisor goes through with the organizations it accompanies. Oldest due first.
    /// </summary>
    public async Task<IReadOnlyList<OpenReport>> OpenReportsInAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<MonthlyReport>().AsNoTracking().Where(r => r.CommunityId == communityId && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Returned))
            .Join(db.Set<GrantProject>(), r => r.ProjectId, p => p.Id, (r, p) => new { r.Id, ProjectId = p.Id, p.Title, r.Month, r.Status, r.DueOn })
            .OrderBy(r => r.DueOn).Take(100)
            .Select(r => new OpenReport(r.Id, r.ProjectId, r.Title, r.Month, r.Status == ReportStatus.Returned, r.DueOn)).ToListAsync(cancellationToken);

    /// <summary>Null when a record of the community (a survey) may belong to the project: its own community's, still running; otherwise why not.</summary>
    public async Task<string?> CheckRecordAsync(int projectId, int communityId, CancellationToken cancellationToken) =>
        (await OpenAsync(projectId, communityId, cancellationToken)).Refusal;

    /// <summary>
    /// Null when a record of the community from <paramref name="startsAt"/> to <paramref name="endsAt"/> (UTC) — an
    /// activity, a clinic, a meeting, a contest — may be held in the project; otherwise the message key saying why not:
    /// another community's project (or none), closed, or outside its period (China dates).
    /// </summary>
    public async Task<string?> CheckActivityAsync(int projectId, int communityId, DateTime startsAt, DateTime endsAt, CancellationToken cancellationToken)
    {
        var (project, refusal) = await OpenAsync(projectId, communityId, cancellationToken);
        if (refusal is not null) return refusal;
        var (first, last) = (DateOnly.FromDateTime(ChinaTime.FromUtc(startsAt)), DateOnly.FromDateTime(ChinaTime.FromUtc(endsAt.AddTicks(-1))));
        return first < project!.StartsOn || last > project.EndsOn ? "Grant.OutsideProjectPeriod" : null;
    }

    /// <summary>The project when it is the community's and still running; otherwise why not.</summary>
    private async Task<(GrantProject? Project, string? Refusal)> OpenAsync(int projectId, int communityId, CancellationToken cancellationToken)
    {
        var project = await db.Set<GrantProject>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || project.CommunityId != communityId) return (null, "Grant.ProjectNotFound");
        return project.Status == ProjectStatus.Closed ? (project, "Grant.ProjectClosed") : (project, null);
    }
}
