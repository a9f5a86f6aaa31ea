using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// Volunteers' requests to correct their service hours; patrol rotas that have logged no walk for two weeks (walked and
/// not written down, nobody's hours count); helper tasks still short of people at activities of the coming week.
/// </summary>
public sealed class VolunteersWorkbench(IAuthorizationService authorization, VolunteerRecordsService records, Patrols.PatrolsService patrols,
    Tasks.HelperTasksService tasks) : IWorkbenchSource
{
    public const int QuietPatrolDays = 14;
    public const int TasksAheadDays = 7;

    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.AllowsAsync(user, VolunteersPolicies.Manage)
            ?
            [
                new("Work.HourCorrections", (await records.OpenCorrectionsAsync(communityId, cancellationToken)).Count, $"/console/volunteers?communityId={communityId}"),
                new("Work.PatrolsQuiet", await patrols.QuietAsync(communityId, QuietPatrolDays, cancellationToken), $"/console/patrols?communityId={communityId}"),
                new("Work.TasksShort", await tasks.ShortAsync(communityId, TasksAheadDays, cancellationToken), $"/console/volunteers/tasks?communityId={communityId}"),
            ]
            : [];
}
