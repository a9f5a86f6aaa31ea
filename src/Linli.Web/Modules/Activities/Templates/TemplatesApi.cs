using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Activities.Templates;

/// <summary>/api/v1/activities/templates for those who run activities, and an activity's plan at /api/v1/activities/{id}/plan.</summary>
public static class TemplatesApi
{
    public static void MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/activities/templates").WithTags("Activities").RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapPost("/", async Task<Created<TemplateCreated>> (TemplateRequest request, ActivityTemplates templates, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var id = await templates.CreateAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/activities/templates/{id}", new TemplateCreated(id));
        });
        api.MapGet("/", async (int communityId, ActivityTemplates templates, CancellationToken ct) => TypedResults.Ok(await templates.ListAsync(communityId, ct)));
        api.MapGet("/{id:int}", async (int id, ActivityTemplates templates, CancellationToken ct) => TypedResults.Ok(await templates.ViewAsync(id, ct)));
        api.MapPut("/{id:int}", async (int id, TemplateRequest request, ActivityTemplates templates, CancellationToken ct) =>
            TypedResults.Ok(await templates.UpdateAsync(id, request, ct)));
        api.MapPost("/{id:int}/archive", async (int id, ActivityTemplates templates, CancellationToken ct) =>
        {
            await templates.ArchiveAsync(id, ct);
            return TypedResults.NoContent();
        });
        app.MapGet("/api/v1/activities/{id:int}/plan", async (int id, ActivityTemplates templates, CancellationToken ct) => TypedResults.Ok(await templates.PlanAsync(id, ct)))
            .WithTags("Activities").RequireAuthorization(ActivitiesPolicies.Manage);
    }
}
