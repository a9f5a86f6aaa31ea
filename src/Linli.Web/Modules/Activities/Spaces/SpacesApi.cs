using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Activities.Spaces;

public sealed record CreateSpaceRequest(int? CommunityId, string? Name, int? Capacity, bool? NeedsApproval, OpeningView[]? OpeningHours);

public sealed record BookRequest(DateTime? StartsAt, DateTime? EndsAt, string? Purpose);

/// <summary>/api/v1/spaces: rooms and areas, and their bookings.</summary>
public static class SpacesApi
{
    public static void MapSpacesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/spaces").WithTags("Spaces").RequireAuthorization(Policies.Staff);
        api.MapPost("/", Create).RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapGet("/{id:int}", async (int id, SpacesService spaces, CancellationToken ct) => TypedResults.Ok(await spaces.ViewAsync(id, ct)));
        api.MapPost("/{id:int}/bookings", Book);
    }

    private static async Task<Created<SpaceView>> Create(CreateSpaceRequest request, SpacesService spaces, CancellationToken cancellationToken)
    {
        var space = await spaces.CreateAsync(request.CommunityId, request.Name, request.Capacity, request.NeedsApproval, request.OpeningHours, cancellationToken);
        return TypedResults.Created($"/api/v1/spaces/{space.Id}", await spaces.ViewAsync(space.Id, cancellationToken));
    }

    private static async Task<Created<BookingView>> Book(int id, BookRequest request, SpacesService spaces, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var booking = await spaces.BookAsync(id, request.StartsAt, request.EndsAt, request.Purpose, user, cancellationToken);
        return TypedResults.Created($"/api/v1/spaces/{id}", SpacesService.View(booking));
    }
}
