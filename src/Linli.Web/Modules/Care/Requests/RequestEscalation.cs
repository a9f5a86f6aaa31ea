using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Jobs;
using Linli.Web.Platform.Notifications;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Requests;

/// <summary>
/// The hourly job: a request past its target and still unanswered goes before the community's head — each of the
/// community's CommunityStaff accounts is notified, once per request (claimed by a conditional update of
/// <see cref="ServiceRequest.EscalatedAt"/>, so two hosts never both send it).
/// </summary>
public sealed class RequestEscalation(LinliDb db, StaffDirectory staff, Notifier notifier, AccessScope scope, TimeProvider clock) : IPeriodicWork
{
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        if (!scope.IsSystem) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.EscalatedAt == null && r.DueAt < now
                && (r.Status == RequestStatus.Received || r.Status == RequestStatus.Acknowledged || r.Status == RequestStatus.Assigned))
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.CommunityId, r.Category }).Take(5_000).ToListAsync(cancellationToken);
        var heads = new Dictionary<int, IReadOnlyList<StaffMember>>();
        var escalated = 0;
        foreach (var request in due)
        {
            var claimed = await db.Set<ServiceRequest>().Where(r => r.Id == request.Id && r.EscalatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.EscalatedAt, now), cancellationToken);
            if (claimed == 0) continue;
            if (!heads.TryGetValue(request.CommunityId, out var people))
                heads[request.CommunityId] = people = await staff.OfCommunityAsync(request.CommunityId, [Roles.CommunityStaff], cancellationToken);
            foreach (var head in people)
                await notifier.NotifyAsync(new Recipient(head.Id, null), "Care.RequestOverdue", [request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                    $"/console/care/requests/{request.Id}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            escalated++;
        }
        return escalated;
    }
}
