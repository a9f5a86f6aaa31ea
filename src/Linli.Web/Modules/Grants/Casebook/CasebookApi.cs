using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Web.Modules.Grants.Casebook;

/// <summary>/api/v1/grants: a project's case (sections, photos, chosen for the book) and a program's book of outstanding cases.</summary>
public static class CasebookApi
{
    public static void MapCasebookApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/grants/projects/{id:int}/case").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        projects.MapGet("/", Read);
        projects.MapPut("/", Write).Validate<CaseStoryInput>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapPost("/photos", AddPhoto).RequireAuthorization(GrantsPolicies.Report).DisableAntiforgery();
        projects.MapGet("/photos/{photoId:int}", Photo).ProducesFile("image/jpeg", "image/png");
        projects.MapPut("/selection", Select).Validate<CaseSelection>().RequireAuthorization(GrantsPolicies.Manage);

        var programs = app.MapGroup("/api/v1/grants/programs/{id:int}").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        programs.MapGet("/casebook", Chosen);
        programs.MapGet("/casebook.docx", Book).ProducesFile(OfficeTypes.Docx);

    }

    private static async Task<Ok<CaseStoryView>> Read(int id, CasebookService casebook, CancellationToken cancellationToken) =>
        TypedResults.Ok(await casebook.ReadAsync(id, cancellationToken));

    private static async Task<Ok<CaseStoryView>> Write(int id, CaseStoryInput request, CasebookService casebook, CancellationToken cancellationToken) =>
        TypedResults.Ok(await casebook.WriteAsync(id, request, cancellationToken));

    private static async Task<Created<GrantCreated>> AddPhoto(int id, IFormFile file, [FromForm] string? caption, CasebookService casebook, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return TypedResults.Created($"/api/v1/grants/projects/{id}/case", new GrantCreated(await casebook.AddPhotoAsync(id, content, caption, cancellationToken)));
    }

    private static async Task<FileContentHttpResult> Photo(int id, int photoId, CasebookService casebook, CancellationToken cancellationToken)
    {
        var file = await casebook.PhotoAsync(id, photoId, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Ok<CaseStoryView>> Select(int id, CaseSelection request, CasebookService casebook, CancellationToken cancellationToken) =>
        TypedResults.Ok(await casebook.SelectAsync(id, request.Selected ?? throw new FieldValidationException("selected", "Validation.Required"), cancellationToken));

    private static async Task<Ok<IReadOnlyList<CaseLine>>> Chosen(int id, CasebookService casebook, CancellationToken cancellationToken) =>
        TypedResults.Ok(await casebook.SelectedAsync(id, cancellationToken));

    private static async Task<FileContentHttpResult> Book(int id, CasebookService casebook, CancellationToken cancellationToken)
    {
        var (name, content) = await casebook.BookAsync(id, cancellationToken);
        return TypedResults.File(content, OfficeTypes.Docx, name);
    }
}
