using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Activities;

/// <summary>Today's activities, and sign-ups and room bookings waiting for an answer.</summary>
public sealed class ActivitiesWorkbench(IAuthorizationService authorization, ActivitiesService activities, Spaces.SpacesService spaces, TimeProvider clock) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, ActivitiesPolicies.Manage)) return [];
        var today = ChinaTime.Today(clock);
        var held = (await activities.ListAsync(communityId, today, today, cancellationToken)).Count(a => a.Status is ActivityStatus.Published or ActivityStatus.Finished);
        var pending = await spaces.PendingAsync(communityId, cancellationToken);
        return
        [
            new("Work.ActivitiesToday", held, $"/console/activities?communityId={communityId}"),
            new("Work.SignUpsPending", await activities.PendingApprovalsAsync(communityId, cancellationToken), $"/console/activities?communityId={communityId}"),
            new("Work.BookingsPending", pending.Count, $"/console/spaces?communityId={communityId}"),
        ];
    }
}
