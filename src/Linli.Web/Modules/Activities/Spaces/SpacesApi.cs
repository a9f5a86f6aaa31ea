using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Activities.Spaces;

public sealed record CreateSpaceRequest(int? CommunityId, string? Name, int? Capacity, bool? NeedsApproval, OpeningView[]? OpeningHours,
    SpaceKind? Kind, int? BufferMinutes, int? MaxBookingMinutes, int? BookAheadDays, bool? ResidentsMayBook);

public sealed record BookRequest(DateTime? StartsAt, DateTime? EndsAt, string? Purpose, string? GroupName);

public sealed record SeriesRequest(DateTime? StartsAt, DateTime? EndsAt, string? Purpose, string? GroupName, int? Weeks);

public sealed record ClosureRequest(DateOnly? On, string? Reason);

/// <summary>A day the space is closed, and the bookings it falls on (their holders are told).</summary>
public sealed record ClosureMade(int Id, DateOnly On, string Reason, IReadOnlyList<int> AffectedBookingIds);

public sealed record VisitorsRequest(int? Visitors);

/// <summary>/api/v1/spaces: rooms and areas, their closures, bookings, approvals and usage.</summary>
public static class SpacesApi
{
    public static void MapSpacesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/spaces").WithTags("Spaces").RequireAuthorization();
        var manage = ActivitiesPolicies.Manage;
        api.MapPost("/", Create).RequireAuthorization(manage);
        api.MapGet("/", async (int communityId, SpacesService spaces, CancellationToken ct) => TypedResults.Ok(await spaces.ListAsync(communityId, ct)))
            .RequireAuthorization(Policies.Staff);
        api.MapGet("/{id:int}", async (int id, SpacesService spaces, CancellationToken ct) => TypedResults.Ok(await spaces.ViewAsync(id, ct)))
            .RequireAuthorization(Policies.Staff);
        api.MapPost("/{id:int}/closures", async Task<Created<ClosureMade>> (int id, ClosureRequest request, SpacesService spaces, CancellationToken ct) =>
        {
            var (closure, affected) = await spaces.CloseAsync(id, request.On, request.Reason, ct);
            return TypedResults.Created($"/api/v1/spaces/{id}", new ClosureMade(closure.Id, closure.On, closure.Reason, [.. affected]));
        }).RequireAuthorization(manage);
        api.MapGet("/{id:int}/bookings", async (int id, DateOnly from, DateOnly to, SpacesService spaces, CancellationToken ct) =>
            TypedResults.Ok(await spaces.BookingsAsync(id, from, to, ct))).RequireAuthorization(Policies.Staff);
        api.MapPost("/{id:int}/bookings", Book);
        api.MapPost("/{id:int}/bookings/weekly", async Task<Created<SeriesResult>> (int id, SeriesRequest request, SpacesService spaces, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var result = await spaces.BookWeeklyAsync(id, new BookingInput(request.StartsAt, request.EndsAt, request.Purpose, request.GroupName), request.Weeks, user, ct);
            return TypedResults.Created($"/api/v1/spaces/{id}", result);
        });
        api.MapGet("/pending", async (int communityId, SpacesService spaces, CancellationToken ct) => TypedResults.Ok(await spaces.PendingAsync(communityId, ct)))
            .RequireAuthorization(manage);
        api.MapPost("/bookings/{bookingId:int}/approve", async (int bookingId, SpacesService spaces, CancellationToken ct) =>
            TypedResults.Ok(SpacesService.View(await spaces.ApproveAsync(bookingId, ct)))).RequireAuthorization(manage);
        api.MapPost("/bookings/{bookingId:int}/reject", async (int bookingId, SpacesService spaces, CancellationToken ct) =>
            TypedResults.Ok(SpacesService.View(await spaces.RejectAsync(bookingId, ct)))).RequireAuthorization(manage);
        api.MapDelete("/bookings/{bookingId:int}", async (int bookingId, SpacesService spaces, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await spaces.CancelAsync(bookingId, user, ct);
            return TypedResults.NoContent();
        });
        api.MapPut("/bookings/{bookingId:int}/visitors", async (int bookingId, VisitorsRequest request, SpacesService spaces, CancellationToken ct) =>
        {
            await spaces.RecordVisitorsAsync(bookingId, request.Visitors, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(manage);
        api.MapGet("/usage", async (int communityId, int year, SpaceUsage usage, CancellationToken ct) => TypedResults.Ok(await usage.YearAsync(communityId, year, ct)))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<Created<SpaceView>> Create(CreateSpaceRequest request, SpacesService spaces, CancellationToken cancellationToken)
    {
        var space = await spaces.CreateAsync(new NewSpace(request.CommunityId, request.Name, request.Capacity, request.NeedsApproval, request.OpeningHours,
            request.Kind, request.BufferMinutes, request.MaxBookingMinutes, request.BookAheadDays, request.ResidentsMayBook), cancellationToken);
        return TypedResults.Created($"/api/v1/spaces/{space.Id}", await spaces.ViewAsync(space.Id, cancellationToken));
    }

    private static async Task<Created<BookingView>> Book(int id, BookRequest request, SpacesService spaces, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var booking = await spaces.BookAsync(id, new BookingInput(request.StartsAt, request.EndsAt, request.Purpose, request.GroupName), user, cancellationToken);
        return TypedResults.Created($"/api/v1/spaces/{id}", SpacesService.View(booking));
    }
}
