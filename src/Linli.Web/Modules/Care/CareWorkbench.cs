using System.Security.Claims;
using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Modules.Care.Requests;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Care;

/// <summary>
/// Care's waiting work, each to whom it belongs: a worker's first contacts due and referrals to chase, a supervisor's
/// closings to sign off and reviews due; the community's overdue requests (urgent: they go to its head) and the
/// health follow-ups (urgent ones first).
/// </summary>
public sealed class CareWorkbench(IAuthorizationService authorization, CasesService cases, RequestsService requests, HealthService health, Support.SupportService support)
    : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        if (await authorization.AllowsAsync(user, CarePolicies.Cases))
        {
            var dues = await cases.DuesAsync(communityId, user.UserId(), cancellationToken);
            items.Add(new("Work.CaseFirstContacts", dues.FirstContacts, "/console/care?mine=true", Urgent: dues.FirstContacts > 0));
            items.Add(new("Work.CaseClosings", dues.Closings, "/console/care?mine=true"));
            items.Add(new("Work.CaseReviews", dues.Reviews, "/console/care?mine=true"));
            items.Add(new("Work.ReferralChases", dues.Chases, "/console/care?mine=true"));
            items.Add(new("Work.PairingsDue", await support.PairingsDueAsync(communityId, cancellationToken), $"/console/care/support?communityId={communityId}"));
        }
        if (await authorization.AllowsAsync(user, CarePolicies.Requests))
        {
            var overdue = await requests.OverdueCountAsync(communityId, cancellationToken);
            items.Add(new("Work.RequestsOverdue", overdue, $"/console/care/requests?communityId={communityId}&overdue=true", Urgent: overdue > 0));
        }
        if (await authorization.AllowsAsync(user, CarePolicies.Health))
        {
            var (urgent, due) = await health.FollowUpCountsAsync(communityId, cancellationToken);
            items.Add(new("Work.HealthFollowUps", due, $"/console/care/health?communityId={communityId}", Urgent: urgent > 0));
        }
        return items;
    }
}
