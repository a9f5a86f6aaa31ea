using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Identity;

public sealed record TokenRequest([property: Required] string? UserName, [property: Required] string? Password);

public sealed record MeResponse(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> RegionIds,
    bool MustChangePassword);

public sealed record ChangePasswordRequest([property: Required] string? CurrentPassword, [property: Required] string? NewPassword);

public static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Auth");
        // The bearer handler writes the token itself (SignInHttpResult), so the body it sends is declared here.
        api.MapPost("/auth/token", IssueToken).AllowAnonymous().Validate<TokenRequest>()
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/me", Me).RequireAuthorization().WithMetadata(new AllowedBeforePasswordChangeAttribute());
        api.MapPost("/me/password", ChangePassword).RequireAuthorization().WithMetadata(new AllowedBeforePasswordChangeAttribute())
            .Validate<ChangePasswordRequest>();
    }

    /// <summary>Exchanges a user name (or phone) and password for a bearer token tied to a new session.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(
        TokenRequest request, SignInService signIn, HttpContext context, Texts texts, CancellationToken cancellationToken)
    {
        var (outcome, user) = await signIn.CheckAsync(request.UserName!, request.Password!, SignInService.AddressOf(context), cancellationToken);
        if (outcome == SignInOutcome.Throttled)
        {
            context.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: texts["Error.TooManyRequests"], detail: texts["SignIn.Throttled"]);
        }
        if (user is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: texts["Error.Unauthorized"], detail: texts[SignInMessages.For(outcome)]);
        return TypedResults.SignIn(await signIn.StartTokenSessionAsync(user, cancellationToken), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok<MeResponse>> Me(ClaimsPrincipal principal, UserManager<LinliUser> users, UsersService service, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal) ?? throw new NotFoundException();
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.UserName ?? "", user.DisplayName, [.. roles],
            await service.RegionIdsOfAsync(user.Id, cancellationToken), user.MustChangePassword));
    }

    /// <summary>The caller's own password. Their other sessions end; this token stays valid.</summary>
    private static async Task<NoContent> ChangePassword(ChangePasswordRequest request, ClaimsPrincipal principal, PasswordsService passwords,
        CancellationToken cancellationToken)
    {
        await passwords.ChangeOwnAsync(principal.UserId(), principal.FindFirstValue(UserSession.ClaimType), request.CurrentPassword!,
            request.NewPassword!, cancellationToken);
        return TypedResults.NoContent();
    }
}
