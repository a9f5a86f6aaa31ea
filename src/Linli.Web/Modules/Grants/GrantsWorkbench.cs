using System.Security.Claims;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Grants;

/// <summary>
/// A community's grant work: organizations' applications waiting for its endorsement, monthly reports overdue,
/// milestones late, rectification items a review set (urgent once past their day).
/// </summary>
public sealed class GrantsWorkbench(IAuthorizationService authorization, ProjectsService projects, Oversight.OversightService oversight) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        if (await authorization.AllowsAsync(user, GrantsPolicies.Endorse))
            items.Add(new("Work.GrantEndorsements", await projects.EndorsementsWaitingAsync(communityId, cancellationToken), "/console/grants"));
        if (await authorization.AllowsAsync(user, GrantsPolicies.Report))
        {
            var (reports, milestones) = await projects.DuesAsync(communityId, cancellationToken);
            items.Add(new("Work.GrantReportsDue", reports, $"/console/grants/projects?communityId={communityId}", Urgent: reports > 0));
            items.Add(new("Work.GrantMilestonesLate", milestones, $"/console/grants/projects?communityId={communityId}"));
            var (open, late) = await oversight.OpenItemsAsync(communityId, cancellationToken);
            items.Add(new("Work.GrantRectifications", open, $"/console/grants/projects?communityId={communityId}", Urgent: late > 0));
        }
        return items;
    }
}
