using System.Security.Claims;

namespace Linli.Web.Platform.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in account's id, or "" when nobody is signed in.</summary>
    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
