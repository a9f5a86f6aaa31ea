using Linli.Web.Modules.Care.Clinics;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Health;

/// <summary>
/// Health figures other modules count, never a reading: how many residents' health records were measured at the free
/// clinics held as a set of activities (a grant project's "health records" indicator). The caller has decided it may
/// see the activities — an organization's account sees no community's care data — so the sessions and measurements are
/// read past the community filter (listed in IgnoreQueryFiltersTests) and only counted.
/// </summary>
public sealed class HealthFigures(LinliDb db)
{
    public async Task<int> RecordsMeasuredAtAsync(IReadOnlyCollection<int> activityIds, CancellationToken cancellationToken)
    {
        if (activityIds.Count == 0) return 0;
        var sessions = db.Set<ClinicSession>().IgnoreQueryFilters().Where(s => activityIds.Contains(s.ActivityId)).Select(s => s.Id);
        return await db.Set<Measurement>().IgnoreQueryFilters().Where(m => m.ClinicSessionId != null && sessions.Contains(m.ClinicSessionId.Value))
            .Select(m => m.RecordId).Distinct().CountAsync(cancellationToken);
    }
}
