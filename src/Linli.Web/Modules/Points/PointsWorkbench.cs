using System.Security.Claims;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.Points;

/// <summary>Redeemed items waiting at the desk to be picked up.</summary>
public sealed class PointsWorkbench(ExchangeService exchange) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        PointsPolicies.MayManage(user)
            ? [new("Work.Pickups", (await exchange.WaitingAsync(communityId, cancellationToken)).Count, $"/console/points?communityId={communityId}")]
            : [];
}
