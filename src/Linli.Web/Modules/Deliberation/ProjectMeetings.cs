using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

/// <summary>A meeting held in a grant project: when, what kind, its resolutions and whether its minutes are published.</summary>
public sealed record ProjectMeeting(int Id, string Title, MeetingKind Kind, DateTimeOffset StartsAt, int Resolutions, MinutesStatus Minutes);

/// <summary>
/// The meetings of a grant project as the grants module shows them. The grants module has decided the caller sees the
/// project — an organization's account sees no community — so meetings and resolutions are read past the community
/// filter (listed in IgnoreQueryFiltersTests): titles and counts only; who came counts through the recruiting activity.
/// </summary>
public sealed class ProjectMeetings(LinliDb db)
{
    public async Task<IReadOnlyList<ProjectMeeting>> OfAsync(int projectId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Meeting>().IgnoreQueryFilters().AsNoTracking().Where(m => m.GrantProjectId == projectId).OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Title, m.Kind, m.StartsAt, Resolutions = db.Set<Resolution>().IgnoreQueryFilters().Count(r => r.MeetingId == m.Id), m.MinutesStatus })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ProjectMeeting(m.Id, m.Title, m.Kind, ChinaTime.ToOffset(m.StartsAt), m.Resolutions, m.MinutesStatus))];
    }
}
