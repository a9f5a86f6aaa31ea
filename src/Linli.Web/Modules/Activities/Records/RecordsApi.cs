using System.Security.Claims;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Web.Modules.Activities.Records;

/// <summary>
/// /api/v1/activities/{id}/record and /photos for staff; the same photos for the console's pages over the cookie (the
/// API is bearer-only); /a/{id}/photos/{photoId} for the public page.
/// </summary>
public static class RecordsApi
{
    public static void MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/activities/{id:int}").WithTags("Activity records").RequireAuthorization(ActivitiesPolicies.Manage);
        api.MapGet("/record", async (int id, RecordsService records, CancellationToken ct) => TypedResults.Ok(await records.ViewAsync(id, ct)));
        api.MapPut("/record", async (int id, WriteRecordRequest request, RecordsService records, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await records.WriteAsync(id, request, user, ct)));
        // multipart/form-data: file, caption, isPublic. Staff post from the console page, which carries its own antiforgery token.
        api.MapPost("/photos", async (int id, IFormFile file, [FromForm] string? caption, [FromForm] bool? isPublic, RecordsService records, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            await using var content = file.OpenReadStream();
            var photo = await records.AddPhotoAsync(id, content, caption, isPublic ?? false, user, ct);
            return TypedResults.Created(photo.Url, photo);
        }).DisableAntiforgery();
        api.MapPut("/photos/{photoId:int}", async (int id, int photoId, DescribePhotoRequest request, RecordsService records, CancellationToken ct) =>
            TypedResults.Ok(await records.DescribePhotoAsync(id, photoId, request, ct)));
        api.MapDelete("/photos/{photoId:int}", async (int id, int photoId, RecordsService records, CancellationToken ct) =>
        {
            await records.RemovePhotoAsync(id, photoId, ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/photos/{photoId:int}", PhotoAsync).ProducesFile("image/jpeg", "image/png", "image/webp");
        app.MapGet("/console/activities/{id:int}/photos/{photoId:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, int photoId, RecordsService records,
            CancellationToken ct) =>
        {
            // Outside /api a NotFoundException would become the error page; an <img> wants a plain 404.
            try
            {
                return await PhotoAsync(id, photoId, records, ct);
            }
            catch (Platform.Api.NotFoundException)
            {
                return TypedResults.NotFound();
            }
        }).RequireAuthorization(ActivitiesPolicies.Manage).ExcludeFromDescription();

        // Public by design, like the page that shows them: only public photos of published records answer.
        app.MapGet("/a/{id:int}/photos/{photoId:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, int photoId, RecordsService records,
            HttpContext http, CancellationToken ct) =>
        {
            if (await records.PublicPhotoFileAsync(id, photoId, ct) is not { } file) return TypedResults.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return TypedResults.File(file.Content, file.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
        }).AllowAnonymous().WithTags("Activity records").ProducesFile("image/jpeg", "image/png", "image/webp");
    }

    private static async Task<FileContentHttpResult> PhotoAsync(int id, int photoId, RecordsService records, CancellationToken ct)
    {
        var file = await records.PhotoFileAsync(id, photoId, ct);
        return TypedResults.File(file.Content, file.ContentType);
    }
}
