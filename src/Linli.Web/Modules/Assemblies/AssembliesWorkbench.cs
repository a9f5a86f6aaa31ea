using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// The assemblies' waiting work: voting closed but the count not signed, and a signed count not yet on public display
/// (urgent once later than the days allowed: 3 by default, <c>Linli:Assemblies:PublishWithinDays</c>).
/// </summary>
public sealed class AssembliesWorkbench(IAuthorizationService authorization, LinliDb db, TimeProvider clock, IConfiguration configuration) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, AssembliesPolicies.Manage)) return [];
        var assemblies = db.Set<OwnersAssembly>().Where(a => a.CommunityId == communityId);
        var uncounted = await assemblies.CountAsync(a => a.Status == AssemblyStatus.Closed && !db.Set<AssemblyCount>().Any(c => c.AssemblyId == a.Id), cancellationToken);
        var deadline = clock.GetUtcNow().UtcDateTime.AddDays(-configuration.GetValue("Linli:Assemblies:PublishWithinDays", 3));
        var unpublished = await db.Set<AssemblyCount>().Where(c => c.CommunityId == communityId && c.PublishedAt == null)
            .Select(c => c.SignedOffAt).ToListAsync(cancellationToken);
        return
        [
            new("Work.AssembliesToCount", uncounted, "/console/assemblies"),
            new("Work.ResultsLate", unpublished.Count(at => at < deadline), "/console/assemblies", Urgent: true),
            new("Work.ResultsToPublish", unpublished.Count(at => at >= deadline), "/console/assemblies"),
        ];
    }
}
