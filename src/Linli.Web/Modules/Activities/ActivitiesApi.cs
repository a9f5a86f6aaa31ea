using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Activities;

public sealed record CreateActivityRequest(int? CommunityId, string? Title, string? Description, string? Place, DateTime? StartsAt, DateTime? EndsAt,
    int? Capacity, ActivityStatus? Status, DateTime? SignUpClosesAt, bool? AllowsWalkIns, string? Category, string? Partners, DateTime? SignUpOpensAt,
    Eligibility? Eligibility, string? EligibleTag, int? SpaceId, bool? RequiresApproval, int? GrantProjectId = null, int? TemplateId = null)
{
    public NewActivity ToNewActivity() => new(CommunityId, Title, Description, Place, StartsAt, EndsAt, Capacity, Status, SignUpClosesAt, AllowsWalkIns, Category, Partners,
        SignUpOpensAt, Eligibility, EligibleTag, SpaceId, RequiresApproval, GrantProjectId, TemplateId);
}

public sealed record MoveRequest(ActivityStatus? Status);

/// <summary>Staff name the resident; a signed-in resident sends {} for themselves. Helpers do not take a seat.</summary>
public sealed record RegisterRequest(int? ResidentId, RegistrationRole? Role);

/// <summary>Staff name the resident or send the code scanned from the resident's portal card; a resident sends the poster's code.</summary>
public sealed record CheckInRequest(int? ResidentId, string? ResidentCode, string? Code, string? Reason = null);

/// <summary>The satisfaction form: score (overall) is required, the rest may be left blank.</summary>
public sealed record RateRequest(int? Score, string? Comment, int? Content = null, int? Organisation = null, bool? WouldReturn = null);

public sealed record CreateSeriesRequest(int? CommunityId, string? Title, string? Description, string? Place, DateTime? StartsAt, DateTime? EndsAt,
    int? Capacity, ActivityStatus? Status, DateTime? SignUpClosesAt, bool? AllowsWalkIns, string? Category, string? Partners, DateTime? SignUpOpensAt,
    Eligibility? Eligibility, string? EligibleTag, SeriesFrequency? Frequency, int? Count, int? SpaceId, bool? RequiresApproval, int? GrantProjectId = null,
    int? TemplateId = null);

public sealed record SeriesDate(int Id, DateTimeOffset StartsAt);

public sealed record SeriesCreated(int SeriesId, SeriesFrequency Frequency, IReadOnlyList<SeriesDate> Activities);

public sealed record RatingView(int ActivityId, int Score, string? Comment, int? Content, int? Organisation, bool? WouldReturn);

/// <summary>The portal address on the poster's QR code.</summary>
/// <summary>The poster's check-in address: the path, and the whole address at the public base (Linli:PublicBaseUrl) the QR code holds.</summary>
public sealed record CheckInPath(string Path, string Url);

public sealed record CheckInView(int Id, int ActivityId, int ResidentId, bool WalkIn, string? Reason);

/// <summary>/api/v1/activities: activities, sign-ups with a waitlist, check-ins.</summary>
public static class ActivitiesApi
{
    public static void MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/activities").WithTags("Activities").RequireAuthorization();
        api.MapPost("/", Create).RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapPost("/series", CreateSeries).RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapPut("/{id:int}/status", async (int id, MoveRequest request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await activities.MoveAsync(id, request.Status, ct);
            return TypedResults.Ok(await activities.ViewAsync(id, user, ct));
        }).RequireAuthorization(ActivitiesPolicies.Manage);
        // Public by design: what the posters say, for calendar apps that cannot sign in.
        app.MapGet("/calendar/{communityId:int}.ics", async Task<Results<ContentHttpResult, NotFound>> (int communityId, ActivityCalendar calendar, CancellationToken ct) =>
            await calendar.FeedAsync(communityId, ct) is { } feed ? TypedResults.Text(feed, "text/calendar; charset=utf-8") : TypedResults.NotFound())
            .AllowAnonymous().WithTags("Activities").ProducesFile("text/calendar");
        api.MapGet("/", async (int communityId, DateOnly? from, DateOnly? to, ActivitiesService activities, CancellationToken ct) =>
            TypedResults.Ok(await activities.ListAsync(communityId, from, to, ct))).RequireAuthorization(ActivitiesPolicies.Manage);
        // from and to are China dates, both included; tag narrows to residents carrying it.
        api.MapGet("/figures", async (int communityId, DateOnly? from, DateOnly? to, string? tag, Attendance.AttendanceReport attendance, ClaimsPrincipal user,
            IAuthorizationService authorization, CancellationToken ct) =>
            TypedResults.Ok(await attendance.FiguresAsync(communityId, from, to, tag, await authorization.AllowsAsync(user, Residents.ResidentsPolicies.SensitiveCare), ct)))
            .RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapGet("/{id:int}", async (int id, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await activities.ViewAsync(id, user, ct)));
        api.MapPost("/{id:int}/registrations", Register);
        api.MapDelete("/{id:int}/registrations/{registrationId:int}", async (int id, int registrationId, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await activities.CancelAsync(id, registrationId, user, ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/{id:int}/registrations/{registrationId:int}/approve", async (int id, int registrationId, ActivitiesService activities, CancellationToken ct) =>
        {
            var registration = await activities.ApproveAsync(id, registrationId, ct);
            return TypedResults.Ok(new RegistrationView(registration.Id, registration.ActivityId, registration.ResidentId, registration.Status, registration.Role));
        }).RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapPost("/{id:int}/checkins", CheckIn);
        // For the poster: the portal address whose QR residents scan to check in.
        api.MapGet("/{id:int}/checkin-code", async (int id, ActivitiesService activities, CancellationToken ct) =>
            TypedResults.Ok(await activities.CheckInPathAsync(id, ct))).RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapPut("/{id:int}/rating", async (int id, RateRequest request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var rating = await activities.RateAsync(id, request, user, ct);
            return TypedResults.Ok(new RatingView(rating.ActivityId, rating.Score, rating.Comment, rating.Content, rating.Organisation, rating.WouldReturn));
        });
    }

    private static async Task<Created<ActivityView>> Create(CreateActivityRequest request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var activity = await activities.CreateAsync(request.ToNewActivity(), cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", await activities.ViewAsync(activity.Id, user, cancellationToken));
    }

    private static async Task<Created<SeriesCreated>> CreateSeries(CreateSeriesRequest request, ActivitiesService activities, CancellationToken cancellationToken)
    {
        var (series, created) = await activities.CreateSeriesAsync(new NewActivity(request.CommunityId, request.Title, request.Description, request.Place, request.StartsAt,
            request.EndsAt, request.Capacity, request.Status, request.SignUpClosesAt, request.AllowsWalkIns, request.Category, request.Partners, request.SignUpOpensAt,
            request.Eligibility, request.EligibleTag, request.SpaceId, request.RequiresApproval, request.GrantProjectId, request.TemplateId), request.Frequency, request.Count, cancellationToken);
        return TypedResults.Created($"/api/v1/activities?communityId={series.CommunityId}",
            new SeriesCreated(series.Id, series.Frequency, [.. created.Select(a => new SeriesDate(a.Id, ChinaTime.ToOffset(a.StartsAt)))]));
    }

    private static async Task<Created<RegistrationView>> Register(int id, RegisterRequest? request, ActivitiesService activities, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var registration = await activities.RegisterAsync(id, request?.ResidentId, request?.Role ?? RegistrationRole.Participant, user, cancellationToken);
        return TypedResults.Created($"/api/v1/activities/{id}/registrations/{registration.Id}",
            new RegistrationView(registration.Id, registration.ActivityId, registration.ResidentId, registration.Status, registration.Role));
    }

    private static async Task<Created<CheckInView>> CheckIn(int id, CheckInRequest? request, ActivitiesService activities, ResidentCard cards, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var residentId = request?.ResidentId;
        if (request?.ResidentCode is { } code)
            residentId = cards.Read(code) ?? throw new FieldValidationException("residentCode", "Activity.ResidentCodeInvalid");
        var checkIn = await activities.CheckInAsync(id, residentId, user, cancellationToken, request?.Code, request?.Reason);
        return TypedResults.Created($"/api/v1/activities/{id}", new CheckInView(checkIn.Id, checkIn.ActivityId, checkIn.ResidentId, checkIn.WalkIn, checkIn.Reason));
    }
}
