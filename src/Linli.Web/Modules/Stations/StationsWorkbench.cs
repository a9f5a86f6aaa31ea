using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Stations;

/// <summary>A station's to-do: trainings held whose attendance is not recorded yet (nobody's hours count until it is).</summary>
public sealed class StationsWorkbench(IAuthorizationService authorization, TrainingsService trainings) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.AllowsAsync(user, StationsPolicies.Keep)
            ? [new("Work.TrainingsWithoutAttendance", await trainings.HeldWithoutAttendanceAsync(communityId, cancellationToken), $"/console/stations?communityId={communityId}")]
            : [];
}
