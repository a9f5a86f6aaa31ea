using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Residents.SelfService;

public sealed record CorrectionRequestBody(string? Field, string? Requested);

public sealed record ResolveCorrectionRequest([property: Required] CorrectionStatus? Status, string? Response);

public sealed record CreateAccountRequest(string? UserName, string? Password);

/// <summary>
/// /api/v1/me/resident: a signed-in resident's own record and correction requests.
/// /api/v1/residents/corrections and /{id}/account: the staff side.
/// </summary>
public static class SelfServiceApi
{
    public static void MapSelfServiceApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me/resident").WithTags("Portal").RequireAuthorization();
        me.MapGet("/", Own);
        me.MapPost("/corrections", Request);

        var staff = app.MapGroup("/api/v1/residents").WithTags("Corrections").RequireAuthorization(ResidentsPolicies.Read);
        staff.MapGet("/corrections", List);
        staff.MapPut("/corrections/{id:int}", Resolve).RequireAuthorization(ResidentsPolicies.Edit).Validate<ResolveCorrectionRequest>();
        staff.MapPost("/{id:int}/account", CreateAccount).RequireAuthorization(ResidentsPolicies.Edit);
    }

    private static async Task<Ok<OwnRecordView>> Own(SelfServiceService self, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await self.OwnAsync(user.UserId(), cancellationToken));

    private static async Task<Created<CorrectionView>> Request(CorrectionRequestBody body, SelfServiceService self, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await self.RequestAsync(user.UserId(), body.Field, body.Requested, cancellationToken);
        var view = (await self.OwnAsync(user.UserId(), cancellationToken)).Corrections.First(c => c.Id == request.Id);
        return TypedResults.Created("/api/v1/me/resident", view);
    }

    private static async Task<Ok<IReadOnlyList<CorrectionView>>> List(int communityId, CorrectionStatus? status, SelfServiceService self, ResidentPlacement placement, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return TypedResults.Ok(await self.ListAsync(communityId, status, cancellationToken));
    }

    private static async Task<NoContent> Resolve(int id, ResolveCorrectionRequest request, SelfServiceService self, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await self.ResolveAsync(id, request.Status!.Value, request.Response, user.Identity?.Name ?? "", cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ResidentAccountView>> CreateAccount(int id, CreateAccountRequest request, SelfServiceService self, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/residents/{id}", await self.CreateAccountAsync(id, request.UserName, request.Password, cancellationToken));
}
