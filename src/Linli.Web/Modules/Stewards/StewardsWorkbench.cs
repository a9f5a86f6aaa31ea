using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Stewards;

/// <summary>Consultations still taking answers, and adoptions gone a fortnight without care (a plant left dry is the adopter's to hear about).</summary>
public sealed class StewardsWorkbench(IAuthorizationService authorization, ConsultationsService consultations, AdoptionsService adoptions) : IWorkbenchSource
{
    public const int UncaredDays = 14;

    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.AllowsAsync(user, StewardsPolicies.Run)
            ?
            [
                new("Work.ConsultationsOpen", await consultations.OpenCountAsync(communityId, cancellationToken), $"/console/consultations?communityId={communityId}"),
                new("Work.AdoptionsUncared", await adoptions.UncaredAsync(communityId, UncaredDays, cancellationToken), $"/console/adoptions?communityId={communityId}"),
            ]
            : [];
}
