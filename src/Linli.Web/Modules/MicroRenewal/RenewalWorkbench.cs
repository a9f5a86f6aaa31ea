using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>Micro-renewal's waiting work: projects standing at a gate whose meeting is not recorded yet, for those who run them.</summary>
public sealed class RenewalWorkbench(IAuthorizationService authorization, RenewalService renewal) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, RenewalPolicies.Run)) return [];
        var waiting = await renewal.AwaitingMeetingAsync(communityId, cancellationToken);
        return [new("Work.RenewalMeetings", waiting, "/console/renewal")];
    }
}
