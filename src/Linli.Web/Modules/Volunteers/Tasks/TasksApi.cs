using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary>/api/v1/helper-tasks: tasks at an activity matched to what volunteers can do; /api/v1/volunteers/{id}/ability: the sensitive note it reads.</summary>
public static class TasksApi
{
    public static void MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/v1/helper-tasks").WithTags("Volunteers").RequireAuthorization(VolunteersPolicies.Manage);
        tasks.MapGet("/", async (int activityId, HelperTasksService service, CancellationToken ct) => TypedResults.Ok(await service.BoardAsync(activityId, ct)));
        tasks.MapPost("/", async Task<Created<HelperTaskCreated>> (HelperTaskRequest request, HelperTasksService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var id = await service.AddAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/helper-tasks?activityId={request.ActivityId}", new HelperTaskCreated(id));
        });
        tasks.MapDelete("/{id:int}", async (int id, HelperTasksService service, CancellationToken ct) =>
        {
            await service.RemoveAsync(id, ct);
            return TypedResults.NoContent();
        });
        tasks.MapPost("/{id:int}/assignments", async Task<Created<TaskAssigned>> (int id, AssignRequest request, HelperTasksService service, ClaimsPrincipal user,
            CancellationToken ct) => TypedResults.Created($"/api/v1/helper-tasks/{id}/assignments/{request.VolunteerId}", await service.AssignAsync(id, request, user, ct)));
        tasks.MapDelete("/{id:int}/assignments/{volunteerId:int}", async (int id, int volunteerId, HelperTasksService service, CancellationToken ct) =>
        {
            await service.UnassignAsync(id, volunteerId, ct);
            return TypedResults.NoContent();
        });

        var ability = app.MapGroup("/api/v1/volunteers/{id:int}/ability").WithTags("Volunteers").RequireAuthorization(VolunteersPolicies.Abilities);
        ability.MapGet("/", async (int id, VolunteerAbilities abilities, CancellationToken ct) => TypedResults.Ok(await abilities.ViewAsync(id, ct)));
        ability.MapPut("/", async (int id, AbilityRequest request, VolunteerAbilities abilities, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await abilities.RecordAsync(id, request, user, ct)));
    }
}
