using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Surveys.Needs;

/// <summary>/api/v1/needs: the needs list, its ranking, status and the activities that answer each need.</summary>
public static class NeedsApi
{
    public static void MapNeedsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/needs").WithTags("Needs").RequireAuthorization(SurveysPolicies.Manage);
        api.MapPost("/", async Task<Created<IdResult>> (NeedInput input, NeedsService needs, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var need = await needs.CreateAsync(input, user.Identity?.Name ?? "", ct);
            return TypedResults.Created($"/api/v1/needs/{need.Id}", new IdResult(need.Id));
        });
        api.MapGet("/", async (int communityId, NeedsService needs, CancellationToken ct) => TypedResults.Ok(await needs.RankedAsync(communityId, ct)));
        api.MapPut("/{id:int}", async (int id, NeedInput input, NeedsService needs, CancellationToken ct) =>
        {
            await needs.UpdateAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        api.MapPut("/{id:int}/status", async (int id, StatusRequest request, NeedsService needs, CancellationToken ct) =>
        {
            await needs.SetStatusAsync(id, request.Status, ct);
            return TypedResults.NoContent();
        });
        api.MapPut("/{id:int}/activities/{activityId:int}", async (int id, int activityId, NeedsService needs, CancellationToken ct) =>
        {
            await needs.LinkActivityAsync(id, activityId, ct);
            return TypedResults.NoContent();
        });
        api.MapDelete("/{id:int}/activities/{activityId:int}", async (int id, int activityId, NeedsService needs, CancellationToken ct) =>
        {
            await needs.UnlinkActivityAsync(id, activityId, ct);
            return TypedResults.NoContent();
        });
    }
}
