using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Volunteers.Patrols;

/// <summary>/api/v1/patrols: rotas, their walks and what the walks found, for the staff who manage volunteers.</summary>
public static class PatrolsApi
{
    public static void MapPatrolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/patrols").WithTags("Patrols").RequireAuthorization(VolunteersPolicies.Manage);
        api.MapPost("/", async Task<Created<PatrolCreated>> (PatrolRotaRequest request, PatrolsService patrols, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var id = await patrols.CreateAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/patrols/{id}", new PatrolCreated(id));
        });
        api.MapGet("/", async (int communityId, PatrolsService patrols, CancellationToken ct) => TypedResults.Ok(await patrols.ListAsync(communityId, ct)));
        api.MapGet("/{id:int}", async (int id, PatrolsService patrols, CancellationToken ct) => TypedResults.Ok(await patrols.ViewAsync(id, ct)));
        api.MapPost("/{id:int}/logs", async Task<Created<PatrolLogged>> (int id, PatrolLogRequest request, PatrolsService patrols, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/patrols/{id}", await patrols.LogAsync(id, request, user, ct)));
        api.MapPost("/{id:int}/end", async (int id, PatrolsService patrols, CancellationToken ct) =>
        {
            await patrols.EndAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
