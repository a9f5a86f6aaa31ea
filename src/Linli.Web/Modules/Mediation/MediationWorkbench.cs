using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Mediation;

/// <summary>Mediation's waiting work: follow-up checks due today or earlier (urgent), for the community's front line only.</summary>
public sealed class MediationWorkbench(IAuthorizationService authorization, MediationService mediation) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, MediationPolicies.Handle)) return [];
        var due = await mediation.FollowUpsDueAsync(communityId, cancellationToken);
        return [new("Work.MediationFollowUps", due, "/console/mediation", Urgent: due > 0)];
    }
}
