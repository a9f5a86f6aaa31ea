using System.Security.Claims;

namespace Linli.Web.Platform.Workbench;

/// <summary>
/// A module's part of the workbench (工作台): what waits in one community for this user, from the module's own
/// services. Each module registers one; the workbench asks them all and never reads their tables.
/// </summary>
public interface IWorkbenchSource
{
    Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken);
}
