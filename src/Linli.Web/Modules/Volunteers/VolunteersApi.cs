using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Volunteers;

/// <summary>/api/v1/volunteers for staff; /api/v1/certificates/{number} and the /verify/{number} page for anyone.</summary>
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
        api.MapGet("/{id:int}", async (int id, VolunteersService volunteers, CancellationToken ct) => TypedResults.Ok(await volunteers.ViewAsync(id, ct)));
        api.MapPost("/{id:int}/service-records", async Task<Created<ServiceRecordView>> (int id, ServiceRecordRequest request, VolunteersService volunteers, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            var record = await volunteers.RecordServiceAsync(id, request, user, ct);
            return TypedResults.Created($"/api/v1/volunteers/{id}/service-records", record);
        });
        api.MapGet("/{id:int}/service-records", async (int id, VolunteersService volunteers, CancellationToken ct) => TypedResults.Ok(await volunteers.RecordsAsync(id, ct)));
        api.MapPost("/{id:int}/certificates", async Task<Created<CertificateView>> (int id, CertificateRequest? request, VolunteersService volunteers, HttpRequest http,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var certificate = await volunteers.IssueCertificateAsync(id, request ?? new CertificateRequest(null, null, null), $"{http.Scheme}://{http.Host}", user, ct);
            return TypedResults.Created($"/api/v1/certificates/{certificate.Number}", certificate);
        });

        // Public by design (Order 67 Art. 17: a certificate is verifiable): the number is the key, the name is masked.
        app.MapGet("/api/v1/certificates/{number}", async Task<Results<Ok<CertificateCheck>, NotFound>> (string number, VolunteersService volunteers, CancellationToken ct) =>
            await volunteers.CheckAsync(number, ct) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound()).AllowAnonymous().WithTags("Volunteers");
    }
}
