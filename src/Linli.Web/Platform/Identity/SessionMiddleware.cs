using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

/// <summary>Marks what an account whose password must be changed may still reach: the change itself and "who am I".</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;

/// <summary>
/// Runs after authentication on every request. A token or cookie is only as good as its session: an ended
/// session or a disabled account makes the caller anonymous (401 from the API, the sign-in page for pages).
/// The roles are read fresh, so a role change applies on the next request, not when the token expires.
/// An account holding a temporary password reaches only what is marked <see cref="AllowedBeforePasswordChangeAttribute"/>.
/// </summary>
public sealed class SessionMiddleware(RequestDelegate next)
{
    private sealed record Account(bool Disabled, bool MustChangePassword);

    // Every signed-in request runs these: compiled once.
    private static readonly CompiledQuery<Func<LinliDb, string, string, DateTime, Task<Account?>>> OpenSession = new(() => EF.CompileAsyncQuery(
        (LinliDb db, string sessionId, string userId, DateTime startedAfter) => db.UserSessions
            .Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && s.StartedAt > startedAfter)
            .Join(db.Users, s => s.UserId, u => u.Id, (_, u) => new Account(u.DisabledAt != null, u.MustChangePassword))
            .FirstOrDefault()));

    private static readonly CompiledQuery<Func<LinliDb, string, IAsyncEnumerable<string>>> RolesOf = new(() => EF.CompileAsyncQuery(
        (LinliDb db, string userId) => db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)));

    public async Task InvokeAsync(HttpContext context, LinliDb db, TimeProvider clock, Texts texts)
    {
        var principal = context.User;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            await next(context);
            return;
        }
        var sessionId = principal.FindFirstValue(UserSession.ClaimType);
        var startedAfter = clock.GetUtcNow().UtcDateTime - UserSessions.MaximumAge;
        var account = sessionId is null ? null : await OpenSession.For(db)(db, sessionId, userId, startedAfter);
        if (account is null or { Disabled: true })
        {
            if (!IsApi(context)) await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            await next(context);
            return;
        }
        context.User = WithRoles(principal, await RolesOf.For(db)(db, userId).ToListAsync(context.RequestAborted));
        if (account.MustChangePassword && IsGuarded(context))
        {
            await RefuseUntilChangedAsync(context, texts);
            return;
        }
        await next(context);
    }

    private static ClaimsPrincipal WithRoles(ClaimsPrincipal principal, List<string> roles)
    {
        var original = (ClaimsIdentity)principal.Identity!;
        var identity = new ClaimsIdentity(original.Claims.Where(c => c.Type != original.RoleClaimType), original.AuthenticationType,
            original.NameClaimType, original.RoleClaimType);
        identity.AddClaims(roles.Select(r => new Claim(original.RoleClaimType, r)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Endpoints that need a signed-in user, other than those marked for the password change.</summary>
    private static bool IsGuarded(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && metadata.GetMetadata<IAuthorizeData>() is not null
        && metadata.GetMetadata<IAllowAnonymous>() is null
        && metadata.GetMetadata<AllowedBeforePasswordChangeAttribute>() is null;

    private static async Task RefuseUntilChangedAsync(HttpContext context, Texts texts)
    {
        if (!IsApi(context))
        {
            context.Response.Redirect(context.Request.Path.StartsWithSegments("/console") ? "/console/account/password" : "/account/password");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = texts["Error.Forbidden"],
                Detail = texts["Account.MustChangePassword"],
            },
        });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
