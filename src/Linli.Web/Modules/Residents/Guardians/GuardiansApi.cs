using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Residents.Guardians;

public sealed record AddGuardianRequest(int? GuardianId);

/// <summary>/api/v1/residents/{id}/guardians: who acts for a child.</summary>
public static class GuardiansApi
{
    public static void MapGuardiansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/residents/{id:int}/guardians").WithTags("Residents").RequireAuthorization(ResidentsPolicies.Edit);
        api.MapGet("/", async (int id, GuardiansService guardians, CancellationToken ct) => TypedResults.Ok(await guardians.GuardiansOfAsync(id, ct)))
            .RequireAuthorization(ResidentsPolicies.Read);
        api.MapPost("/", async Task<Created<PersonLink>> (int id, AddGuardianRequest request, GuardiansService guardians, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/residents/{id}/guardians", await guardians.AddAsync(id, request.GuardianId, ct)));
        api.MapDelete("/{guardianId:int}", async (int id, int guardianId, GuardiansService guardians, CancellationToken ct) =>
        {
            await guardians.RemoveAsync(id, guardianId, ct);
            return TypedResults.NoContent();
        });
    }
}
