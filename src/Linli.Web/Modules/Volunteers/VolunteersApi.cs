using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Volunteers.Recognition;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Hosting;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// /api/v1/volunteers for staff; hours from activities under /api/v1/activities/{id}/volunteer-hours; the volunteer's
/// own record under /api/v1/me/volunteer; /api/v1/certificates/{number} and the /verify/{number} page for anyone.
/// </summary>
public static class VolunteersApi
{
    public static void MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/volunteers").WithTags("Volunteers").RequireAuthorization(VolunteersPolicies.Manage);
        api.MapPost("/", async Task<Created<VolunteerView>> (RegisterVolunteerRequest request, VolunteersService volunteers, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var volunteer = await volunteers.RegisterAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/volunteers/{volunteer.Id}", volunteer);
        });
        api.MapGet("/", async (int communityId, VolunteerProfiles profiles, CancellationToken ct) => TypedResults.Ok(await profiles.ListAsync(communityId, ct)));
        api.MapGet("/{id:int}", async (int id, VolunteersService volunteers, CancellationToken ct) => TypedResults.Ok(await volunteers.ViewAsync(id, ct)));
        api.MapGet("/{id:int}/profile", async (int id, VolunteerProfiles profiles, CancellationToken ct) => TypedResults.Ok(await profiles.ProfileAsync(id, ct)));
        api.MapPost("/{id:int}/service-records", async Task<Created<ServiceRecordView>> (int id, ServiceRecordRequest request, VolunteersService volunteers, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            var record = await volunteers.RecordServiceAsync(id, request, user, ct);
            return TypedResults.Created($"/api/v1/volunteers/{id}/service-records", record);
        });
        api.MapGet("/{id:int}/service-records", async (int id, VolunteersService volunteers, CancellationToken ct) => TypedResults.Ok(await volunteers.RecordsAsync(id, ct)));
        api.MapPost("/{id:int}/trainings", async (int id, TrainingRequest request, VolunteerRecordsService records, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/volunteers/{id}/profile", await records.AddTrainingAsync(id, request, user, ct)));
        api.MapPost("/{id:int}/awards", async (int id, AwardRequest request, VolunteerRecordsService records, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/volunteers/{id}/profile", await records.AddAwardAsync(id, request, user, ct)));
        api.MapPost("/{id:int}/evaluations", async (int id, EvaluationRequest request, VolunteerRecordsService records, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/volunteers/{id}/profile", await records.EvaluateAsync(id, request, user, ct)));
        api.MapPost("/{id:int}/certificates", async Task<Created<CertificateView>> (int id, CertificateRequest? request, VolunteersService volunteers, PublicAddress address,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var certificate = await volunteers.IssueCertificateAsync(id, request ?? new CertificateRequest(null, null, null), address.Base.ToString(), user, ct);
            return TypedResults.Created($"/api/v1/certificates/{certificate.Number}", certificate);
        });
        api.MapGet("/recognition", async (int communityId, DateOnly from, DateOnly to, int? groupId, VolunteerProfiles profiles, CancellationToken ct) =>
            TypedResults.Ok(await profiles.RecognitionAsync(communityId, from, to, groupId, ct)));
        var rounds = api.MapGroup("/recognition-rounds");
        rounds.MapPost("/", async (RecognitionRoundRequest request, RecognitionRounds service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/volunteers/recognition-rounds/{id}", new RoundCreated(id));
        });
        rounds.MapGet("/", async (int communityId, RecognitionRounds service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(communityId, ct)));
        rounds.MapGet("/{id:int}", async (int id, RecognitionRounds service, CancellationToken ct) => TypedResults.Ok(await service.ViewAsync(id, ct)));
        rounds.MapPost("/{id:int}/decide", async (int id, RecognitionRounds service, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await service.DecideAsync(id, user, ct)));
        rounds.MapPost("/{id:int}/certificates", async (int id, RoundCertificatesRequest request, RecognitionRounds service, PublicAddress address, ClaimsPrincipal user,
            CancellationToken ct) => TypedResults.Ok(await service.CertifyAsync(id, request, address.Base.ToString(), user, ct)));
        api.MapGet("/hours-to-confirm", async (int communityId, ActivityHours hours, CancellationToken ct) => TypedResults.Ok(await hours.ProposalsAsync(communityId, null, ct)));
        api.MapGet("/corrections", async (int communityId, VolunteerRecordsService records, CancellationToken ct) =>
            TypedResults.Ok(await records.OpenCorrectionsAsync(communityId, ct)));
        api.MapPost("/corrections/{id:int}/resolve", async (int id, ResolveServiceCorrection request, VolunteerRecordsService records, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await records.ResolveCorrectionAsync(id, request, user, ct);
            return TypedResults.NoContent();
        });

        var hoursApi = app.MapGroup("/api/v1/activities/{id:int}/volunteer-hours").WithTags("Volunteers").RequireAuthorization(VolunteersPolicies.Manage);
        hoursApi.MapGet("/", async (int id, ActivityHours hours, ActivityDirectory activities, CancellationToken ct) =>
        {
            var activity = await activities.FindAsync(id, ct) ?? throw new NotFoundException();
            return TypedResults.Ok(await hours.ProposalsAsync(activity.CommunityId, id, ct));
        });
        hoursApi.MapPost("/", async Task<Created<ServiceRecordView>> (int id, ConfirmHoursRequest request, ActivityHours hours, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var record = await hours.ConfirmAsync(id, request, user, ct);
            return TypedResults.Created($"/api/v1/volunteers/{record.VolunteerId}/service-records", record);
        });

        var me = app.MapGroup("/api/v1/me/volunteer").WithTags("Volunteers").RequireAuthorization();
        me.MapGet("/", async (VolunteerProfiles profiles, ClaimsPrincipal user, CancellationToken ct) => TypedResults.Ok(await profiles.OwnAsync(user.UserId(), ct)));
        me.MapPost("/corrections", async Task<Created<ServiceCorrectionView>> (ServiceCorrectionRequest request, VolunteerRecordsService records, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created("/api/v1/me/volunteer", await records.RequestCorrectionAsync(user.UserId(), request, ct)));

        // Public by design (Order 67 Art. 17: a certificate is verifiable): the number is the key, the name is masked.
        app.MapGet("/api/v1/certificates/{number}", async Task<Results<Ok<CertificateCheck>, NotFound>> (string number, VolunteersService volunteers, CancellationToken ct) =>
            await volunteers.CheckAsync(number, ct) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound()).AllowAnonymous().WithTags("Volunteers");
        app.MapGet("/api/v1/certificates/{number}/document", async (string number, VolunteersService volunteers, PublicAddress address, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (content, fileName) = await volunteers.DocumentAsync(number, address.Base.ToString(), user, ct);
            return TypedResults.File(content, OfficeTypes.Docx, fileName);
        }).RequireAuthorization().WithTags("Volunteers").ProducesFile(OfficeTypes.Docx);
    }

    /// <summary>
    /// The Word file for signed-in browsers (the API takes bearer tokens only): staff from the console, the volunteer
    /// from the portal. Anyone else gets 404, as from the API.
    /// </summary>
    public static void MapCertificateFiles(this IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { "/console/volunteers/certificates/{number}.docx", "/portal/volunteer/certificates/{number}.docx" })
            app.MapGet(path, async (string number, VolunteersService volunteers, PublicAddress address, ClaimsPrincipal user, CancellationToken ct) =>
            {
                try
                {
                    var (content, fileName) = await volunteers.DocumentAsync(number, address.Base.ToString(), user, ct);
                    return Results.File(content, OfficeTypes.Docx, fileName);
                }
                catch (NotFoundException)
                {
                    return Results.NotFound();
                }
            }).RequireAuthorization().ExcludeFromDescription();
    }
}
