using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Linli.Web.Modules.Residents;

/// <summary>The person an act is for: signing up, borrowing, returning, holding, cancelling.</summary>
public sealed record PersonActedFor(int ResidentId);

/// <summary>What may be done for a person on the register, decided once by <see cref="ActForResidentHandler"/>.</summary>
public static class ResidentOperations
{
    /// <summary>Front-line staff act for anyone their scope shows them; a resident for themselves and the children in their care.</summary>
    public static readonly OperationAuthorizationRequirement ActFor = new() { Name = nameof(ActFor) };

    public static async Task<bool> MayActForAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int residentId) =>
        (await authorization.AuthorizeAsync(user, new PersonActedFor(residentId), ActFor)).Succeeded;
}

/// <summary>
/// The record-level rule behind <see cref="ResidentOperations.ActFor"/>. Staff reach the person only through their
/// scope, so their role is enough here; anyone else acts through their own register entry and its wards.
/// </summary>
public sealed class ActForResidentHandler(SelfServiceService self) : AuthorizationHandler<OperationAuthorizationRequirement, PersonActedFor>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonActedFor person)
    {
        if (requirement != ResidentOperations.ActFor) return;
        if (Roles.FrontLine.Any(context.User.IsInRole)
            || (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && await self.ActsForAsync(userId, person.ResidentId, CancellationToken.None)))
            context.Succeed(requirement);
    }
}
