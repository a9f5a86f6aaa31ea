using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Residents;

/// <summary>The register's waiting work: people in care not contacted in time, and residents' correction requests.</summary>
public sealed class ResidentsWorkbench(IAuthorizationService authorization, Care.CareService care, SelfService.SelfServiceService self) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, ResidentsPolicies.Read)) return [];
        var overdue = await care.OverdueAsync(communityId, cancellationToken);
        var corrections = await self.ListAsync(communityId, SelfService.CorrectionStatus.Open, cancellationToken);
        return
        [
            new("Work.CareOverdue", overdue.Count, $"/console/residents/care?communityId={communityId}", Urgent: true),
            new("Work.Corrections", corrections.Count, $"/console/residents/corrections?communityId={communityId}"),
        ];
    }
}
