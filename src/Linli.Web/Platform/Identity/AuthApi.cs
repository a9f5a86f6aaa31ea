using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Identity;

public sealed record TokenRequest([property: Required] string? UserName, [property: Required] string? Password);

public sealed record MeResponse(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> RegionIds);

public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Auth");
        api.MapPost("/auth/token", IssueToken).AllowAnonymous().Validate<TokenRequest>();
        api.MapGet("/me", Me).RequireAuthorization();
    }

    /// <summary>Exchanges a user name (or phone) and password for a bearer token.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(
        TokenRequest request, SignInService signIn, SignInManager<LinliUser> manager, Texts texts, CancellationToken cancellationToken)
    {
        var (outcome, user) = await signIn.CheckAsync(request.UserName!, request.Password!, cancellationToken);
        if (user is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: texts["Error.Unauthorized"],
                detail: texts[outcome == SignInOutcome.LockedOut ? "SignIn.LockedOut" : "SignIn.Failed"]);
        var principal = await manager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok<MeResponse>> Me(ClaimsPrincipal principal, UserManager<LinliUser> users, UsersService service, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal) ?? throw new NotFoundException();
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.UserName ?? "", user.DisplayName, [.. roles],
            await service.RegionIdsOfAsync(user.Id, cancellationToken)));
    }
}
