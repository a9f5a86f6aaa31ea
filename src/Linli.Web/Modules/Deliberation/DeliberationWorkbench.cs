using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// Deliberation's waiting work: action items past their due date (urgent) or due within a week, and topics of
/// meetings already held that still wait for an answer.
/// </summary>
public sealed class DeliberationWorkbench(IAuthorizationService authorization, LinliDb db, TimeProvider clock) : IWorkbenchSource
{
    public const int DueSoonDays = 7;

    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, DeliberationPolicies.Run)) return [];
        var today = ChinaTime.Today(clock);
        var soon = today.AddDays(DueSoonDays);
        var open = db.Set<ActionItem>().Where(a => a.CommunityId == communityId && ActionItem.OpenStatuses.Contains(a.Status));
        var overdue = await open.CountAsync(a => a.DueOn < today, cancellationToken);
        var dueSoon = await open.CountAsync(a => a.DueOn >= today && a.DueOn <= soon, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var unanswered = await db.Set<Topic>().CountAsync(t => t.CommunityId == communityId && t.Status == TopicStatus.Open
            && db.Set<Meeting>().Any(m => m.Id == t.MeetingId && m.StartsAt < now), cancellationToken);
        return
        [
            new("Work.ActionsOverdue", overdue, "/console/meetings?overdue=true", Urgent: overdue > 0),
            new("Work.ActionsDueSoon", dueSoon, "/console/meetings"),
            new("Work.TopicsToAnswer", unanswered, "/console/meetings"),
        ];
    }
}
