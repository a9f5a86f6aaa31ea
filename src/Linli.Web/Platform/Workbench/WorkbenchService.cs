using System.Security.Claims;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Platform.Workbench;

/// <summary>The console's home: for each community the user works in, the work waiting there, urgent first.</summary>
public sealed class WorkbenchService(IEnumerable<IWorkbenchSource> sources, AccessScope scope, RegionsService regions)
{
    /// <summary>A street or district officer may cover dozens of communities; their workbench shows the first of them, and the figures come with issue 25's dashboards.</summary>
    public const int MaxCommunities = 12;

    public async Task<IReadOnlyList<CommunityWork>> ForUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = new List<CommunityWork>();
        foreach (var (id, name) in await regions.CommunityNamesAsync(scope.CommunityIds.Take(MaxCommunities).ToList(), cancellationToken))
        {
            var items = new List<WorkItem>();
            foreach (var source in sources) items.AddRange(await source.ForCommunityAsync(id, user, cancellationToken));
            var waiting = items.Where(i => i.Count > 0).OrderByDescending(i => i.Urgent).ToList();
            if (waiting.Count > 0) result.Add(new CommunityWork(id, name, waiting));
        }
        return result;
    }
}
