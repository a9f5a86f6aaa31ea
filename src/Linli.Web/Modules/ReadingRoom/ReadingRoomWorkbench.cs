using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>Books out past their due date.</summary>
public sealed class ReadingRoomWorkbench(IAuthorizationService authorization, CirculationService circulation) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.AllowsAsync(user, ReadingRoomPolicies.Desk)
            ? [new("Work.LoansOverdue", await circulation.OverdueCountAsync(communityId, cancellationToken),
                $"/console/reading-room?communityId={communityId}", Urgent: true)]
            : [];
}
