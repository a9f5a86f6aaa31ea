using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Volunteers who served at a set of activities and their hours, from the service records.</summary>
public sealed record VolunteerTotals(int Volunteers, decimal Hours)
{
    public static readonly VolunteerTotals None = new(0, 0);
}

/// <summary>
/// Volunteer figures other modules count (a grant project's volunteers and hours), never a volunteer's name. The caller
/// has decided it may see the activities — an organization's account sees no community's service records — so the
/// records are read past the community filter (listed in IgnoreQueryFiltersTests) and only counted.
/// </summary>
public sealed class VolunteerFigures(LinliDb db)
{
    public async Task<VolunteerTotals> AtActivitiesAsync(IReadOnlyCollection<int> activityIds, CancellationToken cancellationToken)
    {
        if (activityIds.Count == 0) return VolunteerTotals.None;
        var records = db.Set<ServiceRecord>().IgnoreQueryFilters().Where(s => s.ActivityId != null && activityIds.Contains(s.ActivityId.Value));
        var totals = await records.GroupBy(_ => 1).Select(g => new { Volunteers = g.Select(s => s.VolunteerId).Distinct().Count(), Hours = g.Sum(s => s.Hours) })
            .FirstOrDefaultAsync(cancellationToken);
        return totals is null ? VolunteerTotals.None : new VolunteerTotals(totals.Volunteers, totals.Hours);
    }
}
