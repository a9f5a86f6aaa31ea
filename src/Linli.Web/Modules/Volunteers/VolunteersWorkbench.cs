using System.Security.Claims;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Volunteers' requests to correct their service hours.</summary>
public sealed class VolunteersWorkbench(VolunteerRecordsService records) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        VolunteersPolicies.MayManage(user)
            ? [new("Work.HourCorrections", (await records.OpenCorrectionsAsync(communityId, cancellationToken)).Count, $"/console/volunteers?communityId={communityId}")]
            : [];
}
