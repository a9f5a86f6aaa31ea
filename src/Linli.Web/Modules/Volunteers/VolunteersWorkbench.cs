using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Volunteers' requests to correct their service hours.</summary>
public sealed class VolunteersWorkbench(IAuthorizationService authorization, VolunteerRecordsService records) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.AllowsAsync(user, VolunteersPolicies.Manage)
            ? [new("Work.HourCorrections", (await records.OpenCorrectionsAsync(communityId, cancellationToken)).Count, $"/console/volunteers?communityId={communityId}")]
            : [];
}
