using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Web.Modules.Groups;

/// <summary>/api/v1/groups: groups, their roster, papers, trainings, supervision notes and activities.</summary>
public static class GroupsApi
{
    public static void MapGroupsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/groups").WithTags("Groups").RequireAuthorization(GroupsPolicies.Use);

        api.MapPost("/", async Task<Created<GroupSummary>> (NewGroup input, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var group = await groups.CreateAsync(input, user, ct);
            return TypedResults.Created($"/api/v1/groups/{group.Id}", (await groups.DetailAsync(group.Id, user, ct)).Group);
        }).RequireAuthorization(GroupsPolicies.Manage);
        api.MapGet("/", async (int? communityId, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) => TypedResults.Ok(await groups.ListAsync(communityId, user, ct)));
        api.MapGet("/{id:int}", async (int id, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) => TypedResults.Ok(await groups.DetailAsync(id, user, ct)));
        api.MapPut("/{id:int}", async (int id, UpdateGroup input, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await groups.UpdateAsync(id, input, user, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(GroupsPolicies.Manage);
        api.MapPut("/{id:int}/stage", async (int id, StageRequest request, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await groups.SetStageAsync(id, request.Stage, user, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(GroupsPolicies.Manage);

        api.MapPost("/{id:int}/members", async (int id, MemberRequest request, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            return TypedResults.Created($"/api/v1/groups/{id}", await groups.AddMemberAsync(id, request, user, ct));
        });
        api.MapPut("/{id:int}/members/{residentId:int}", async (int id, int residentId, RoleRequest request, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await groups.SetRoleAsync(id, residentId, request.Role, user, ct);
            return TypedResults.NoContent();
        });
        api.MapDelete("/{id:int}/members/{residentId:int}", async (int id, int residentId, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await groups.RemoveMemberAsync(id, residentId, user, ct);
            return TypedResults.NoContent();
        });

        api.MapPost("/{id:int}/documents", async (int id, IFormFile file, [FromForm] DocumentKind? kind, [FromForm] string? title, GroupsService groups, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            await using var content = file.OpenReadStream();
            var document = await groups.AddDocumentAsync(id, kind, title, content, file.FileName, user, ct);
            return TypedResults.Created($"/api/v1/groups/{id}/documents/{document.Id}", document);
        }).DisableAntiforgery();
        api.MapGet("/{id:int}/documents/{documentId:int}", async (int id, int documentId, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (document, file) = await groups.DocumentAsync(id, documentId, user, ct);
            return TypedResults.File(file.Content, file.ContentType, document.FileName);
        }).ProducesFile("application/pdf", Platform.Exports.OfficeTypes.Docx, Platform.Exports.OfficeTypes.Xlsx);
        // The same file for signed-in browsers: the API takes bearer tokens only.
        app.MapGet("/console/groups/{id:int}/documents/{documentId:int}", async (int id, int documentId, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            try
            {
                var (document, file) = await groups.DocumentAsync(id, documentId, user, ct);
                return Results.File(file.Content, file.ContentType, document.FileName);
            }
            catch (Platform.Api.NotFoundException)
            {
                return Results.NotFound();
            }
        }).RequireAuthorization(GroupsPolicies.Use).ExcludeFromDescription();
        api.MapPost("/{id:int}/trainings", async (int id, TrainingRequest request, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            return TypedResults.Created($"/api/v1/groups/{id}", await groups.AddTrainingAsync(id, request, user, ct));
        });
        api.MapPost("/{id:int}/supervision-notes", async (int id, NoteRequest request, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            return TypedResults.Created($"/api/v1/groups/{id}", await groups.AddNoteAsync(id, request, user, ct));
        }).RequireAuthorization(GroupsPolicies.Manage);
        api.MapPost("/{id:int}/activities", async (int id, CreateActivityRequest request, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var activity = await groups.CreateActivityAsync(id, request.ToNewActivity(), user, ct);
            return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity);
        });
        api.MapPut("/{id:int}/activities/{activityId:int}", async (int id, int activityId, GroupsService groups, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await groups.LinkActivityAsync(id, activityId, user, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(GroupsPolicies.Manage);
    }
}
