using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Platform.Identity;

public static class PolicyChecks
{
    /// <summary>
    /// Whether the user meets a named policy. Services and pages that choose a path by who is asking (staff or a
    /// resident, sensitive fields or masked) ask the policy, never the roles behind it: the roles are written once,
    /// where the policy is registered.
    /// </summary>
    public static async Task<bool> AllowsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string policy) =>
        (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
