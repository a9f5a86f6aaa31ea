using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>A contest run in a grant project: its period, approved entries and votes cast.</summary>
public sealed record ProjectContest(int Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Entries, int Votes);

/// <summary>
/// The contests of a grant project as the grants module shows them: counts, never a household. The grants module has
/// decided the caller sees the project — an organization's account sees no community — so contests and entries are
/// read past the community filter (listed in IgnoreQueryFiltersTests) and only counted.
/// </summary>
public sealed class ProjectContests(LinliDb db)
{
    public async Task<IReadOnlyList<ProjectContest>> OfAsync(int projectId, CancellationToken cancellationToken)
    {
        var approved = db.Set<ContestEntry>().IgnoreQueryFilters().Where(e => e.Status == EntryStatus.Approved);
        var rows = await db.Set<Contest>().IgnoreQueryFilters().AsNoTracking().Where(c => c.GrantProjectId == projectId).OrderBy(c => c.OpensAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Title, c.OpensAt, c.ClosesAt, Entries = approved.Count(e => e.ContestId == c.Id),
                Votes = approved.Where(e => e.ContestId == c.Id).Sum(e => (int?)e.Votes) ?? 0 })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new ProjectContest(c.Id, c.Title, ChinaTime.ToOffset(c.OpensAt), ChinaTime.ToOffset(c.ClosesAt), c.Entries, c.Votes))];
    }
}
