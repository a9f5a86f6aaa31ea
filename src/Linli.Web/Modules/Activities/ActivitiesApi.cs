using System.Security.Claims;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Activities;

public sealed record CreateActivityRequest(int? CommunityId, string? Title, string? Description, string? Place, DateTime? StartsAt, DateTime? EndsAt,
    int? Capacity, ActivityStatus? Status, DateTime? SignUpClosesAt, bool? AllowsWalkIns);

/// <summary>Staff name the resident; a signed-in resident sends {} for themselves. Helpers do not take a seat.</summary>
public sealed record RegisterRequest(int? ResidentId, RegistrationRole? Role);

public sealed record CheckInRequest(int? ResidentId);

public sealed record CheckInView(int Id, int ActivityId, int ResidentId, bool WalkIn);

/// <summary>/api/v1/activities: activities, sign-ups with a waitlist, check-ins.</summary>
public static class ActivitiesApi
{
    public static void MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/activities").WithTags("Activities").RequireAuthorization();
        api.MapPost("/", Create).RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapGet("/", async (int communityId, DateOnly? from, DateOnly? to, ActivitiesService activities, CancellationToken ct) =>
            TypedResults.Ok(await activities.ListAsync(communityId, from, to, ct))).RequireAuthorization(ActivitiesPolicies.Manage);
        // from and to are China dates, both included; tag narrows to residents carrying it.
        api.MapGet("/figures", async (int communityId, DateOnly? from, DateOnly? to, string? tag, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await activities.FiguresAsync(communityId, from, to, tag, Residents.ResidentsPolicies.MaySeeSensitive(user), ct)))
            .RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapGet("/{id:int}", async (int id, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await activities.ViewAsync(id, user, ct)));
        api.MapPost("/{id:int}/registrations", Register);
        api.MapDelete("/{id:int}/registrations/{registrationId:int}", async (int id, int registrationId, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await activities.CancelAsync(id, registrationId, user, ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/{id:int}/checkins", CheckIn);
    }

    private static async Task<Created<ActivityView>> Create(CreateActivityRequest request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var activity = await activities.CreateAsync(new NewActivity(request.CommunityId, request.Title, request.Description, request.Place, request.StartsAt,
            request.EndsAt, request.Capacity, request.Status, request.SignUpClosesAt, request.AllowsWalkIns), cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", await activities.ViewAsync(activity.Id, user, cancellationToken));
    }

    private static async Task<Created<RegistrationView>> Register(int id, RegisterRequest? request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var registration = await activities.RegisterAsync(id, request?.ResidentId, request?.Role ?? RegistrationRole.Participant, user, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{id}/registrations/{registration.Id}",
            new RegistrationView(registration.Id, registration.ActivityId, registration.ResidentId, registration.Status, registration.Role));
    }

    private static async Task<Created<CheckInView>> CheckIn(int id, CheckInRequest? request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var checkIn = await activities.CheckInAsync(id, request?.ResidentId, user, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{id}", new CheckInView(checkIn.Id, checkIn.ActivityId, checkIn.ResidentId, checkIn.WalkIn));
    }
}
