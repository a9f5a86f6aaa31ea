using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>The contests' waiting work: households' entries to approve or reject while their contest is still open.</summary>
public sealed class ContestsWorkbench(IAuthorizationService authorization, LinliDb db, TimeProvider clock) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, ContestsPolicies.Manage)) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.Set<ContestEntry>().CountAsync(e => e.CommunityId == communityId && e.Status == EntryStatus.Pending
            && db.Set<Contest>().Any(c => c.Id == e.ContestId && c.ClosesAt > now), cancellationToken);
        return [new("Work.EntriesToReview", pending, "/console/contests")];
    }
}
