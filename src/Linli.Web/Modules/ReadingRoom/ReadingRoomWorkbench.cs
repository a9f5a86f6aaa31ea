using System.Security.Claims;
using Linli.Web.Platform.Workbench;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>Books out past their due date.</summary>
public sealed class ReadingRoomWorkbench(CirculationService circulation) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ReadingRoomPolicies.AtDesk(user)
            ? [new("Work.LoansOverdue", await circulation.OverdueCountAsync(communityId, cancellationToken),
                $"/console/reading-room?communityId={communityId}", Urgent: true)]
            : [];
}
