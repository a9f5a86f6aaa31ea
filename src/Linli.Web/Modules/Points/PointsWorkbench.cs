using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Points;

/// <summary>Redeemed items waiting at the desk to be picked up.</summary>
public sealed class PointsWorkbench(IAuthorizationService authorization, ExchangeService exchange) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.AllowsAsync(user, PointsPolicies.Manage)
            ? [new("Work.Pickups", (await exchange.WaitingAsync(communityId, cancellationToken)).Count, $"/console/points?communityId={communityId}")]
            : [];
}
