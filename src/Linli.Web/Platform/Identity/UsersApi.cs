using System.ComponentModel.DataAnnotations;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Platform.Identity;

public sealed record CreateUserRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string? UserName,
    [property: Required] string? Password,
    [property: Required, StringLength(100, MinimumLength = 1)] string? DisplayName,
    [property: Required] string[]? Roles,
    int[]? RegionIds,
    string? Phone);

public sealed record SetRolesRequest([property: Required] string[]? Roles, int[]? RegionIds);

public sealed record CreatedUser(string Id);

public sealed record SetEnabledRequest([property: Required] bool? Enabled);

public sealed record PasswordReset(string TemporaryPassword);

public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        api.MapGet("/", List);
        api.MapPost("/", Create).Validate<CreateUserRequest>();
        api.MapPut("/{id}/roles", SetRoles).Validate<SetRolesRequest>();
        api.MapPost("/{id}/password-reset", ResetPassword);
        api.MapPut("/{id}/enabled", SetEnabled).Validate<SetEnabledRequest>();
    }

    private static async Task<Ok<IReadOnlyList<UserSummary>>> List(UsersService users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.ListAsync(cancellationToken));

    private static async Task<Created<CreatedUser>> Create(CreateUserRequest request, UsersService users, CancellationToken cancellationToken)
    {
        var user = await users.CreateAsync(new NewUser(request.UserName!, request.Password!, request.DisplayName!,
            request.Roles!, request.RegionIds ?? [], request.Phone), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{user.Id}", new CreatedUser(user.Id));
    }

    private static async Task<NoContent> SetRoles(string id, SetRolesRequest request, UsersService users, CancellationToken cancellationToken)
    {
        await users.SetRolesAsync(id, request.Roles!, request.RegionIds ?? [], cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A temporary password, shown once to the administrator to hand over; it must be changed at the next sign-in.</summary>
    private static async Task<Ok<PasswordReset>> ResetPassword(string id, PasswordsService passwords, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PasswordReset(await passwords.ResetAsync(id, cancellationToken)));

    private static async Task<NoContent> SetEnabled(string id, SetEnabledRequest request, UsersService users, CancellationToken cancellationToken)
    {
        await users.SetEnabledAsync(id, request.Enabled!.Value, cancellationToken);
        return TypedResults.NoContent();
    }
}
