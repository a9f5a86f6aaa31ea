using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Web.Platform.Identity;

public static class SignOutEndpoint
{
    /// <summary>POST /signout from the layout's form. The [FromForm] field makes the antiforgery token mandatory.</summary>
    public static void MapSignOut(this IEndpointRouteBuilder app) =>
        app.MapPost("/signout", async (SignInManager<LinliUser> manager, UserSessions sessions, System.Security.Claims.ClaimsPrincipal user,
            [FromForm] string? returnUrl, CancellationToken cancellationToken) =>
        {
            if (user.FindFirst(UserSession.ClaimType)?.Value is { } session) await sessions.EndAsync(session, cancellationToken);
            await manager.SignOutAsync();
            return Results.LocalRedirect("/signin");
        }).ExcludeFromDescription();
}
