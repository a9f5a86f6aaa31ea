using System.Security.Claims;
using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Linli.Web.Modules.Residents.Import;

public sealed record ImportedResponse(int Imported);

public sealed record ImportRejectedResponse(string Title, int Status, IReadOnlyList<Platform.Regions.ImportError> Errors);

public static class ResidentsImportApi
{
    public static void MapResidentsImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/residents").WithTags("Residents").RequireAuthorization(ResidentsPolicies.Read);
        api.MapGet("/import-template", Template).RequireAuthorization(ResidentsPolicies.Edit).ProducesFile(Platform.Exports.OfficeTypes.Xlsx);
        // Bearer-only like all of /api, so no antiforgery token; files up to 64 MB reach the handler so
        // that an oversized one gets a clear message instead of a bare 413.
        api.MapPost("/import", Import).RequireAuthorization(ResidentsPolicies.Edit).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(64 * 1024 * 1024));
        api.MapGet("/import/progress", Progress).RequireAuthorization(ResidentsPolicies.Edit);
        api.MapGet("/export", Export).ProducesFile(Platform.Exports.OfficeTypes.Xlsx);
    }

    private static async Task<FileContentHttpResult> Template(int communityId, ResidentImporter importer, CancellationToken cancellationToken) =>
        TypedResults.File(await importer.TemplateAsync(communityId, cancellationToken), OfficeTypes.Xlsx, "居民导入模板.xlsx");

    /// <summary>An import started with <c>?progressToken=</c> can be followed here by the same user while it runs.</summary>
    private static Results<Ok<ImportStatus>, NotFound> Progress(string token, ImportProgress progress, ClaimsPrincipal user) =>
        progress.Read(token, user.UserId()) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static async Task<Results<Ok<ImportedResponse>, UnprocessableEntity<ImportRejectedResponse>>> Import(
        int communityId, string? progressToken, IFormFile? file, ResidentImporter importer, ImportProgress progress, ClaimsPrincipal user,
        Platform.Localization.Texts texts, CancellationToken cancellationToken)
    {
        if (file is null) throw new FieldValidationException("file", "Region.Import.NoFile");
        await using var stream = file.OpenReadStream();
        var result = await importer.ImportAsync(communityId, stream, file.Length, cancellationToken,
            progress.Track(progressToken, user.UserId()));
        return result.Succeeded
            ? TypedResults.Ok(new ImportedResponse(result.Imported))
            : TypedResults.UnprocessableEntity(new ImportRejectedResponse(texts.Format("Region.Import.Failed", result.Errors.Count), 422, result.Errors));
    }

    private static async Task<FileContentHttpResult> Export(int? communityId, int? regionId, string? tag, string? q, CareGrade? grade, bool? unmasked, string? reason,
        ResidentExporter exporter, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        string? unmaskReason = null;
        if (unmasked == true)
        {
            // A full export is a mass unmasking: the same permission and a stated reason.
            if (!await authorization.AllowsAsync(user, Policies.Unmask)) throw new ForbiddenException();
            unmaskReason = reason?.Trim();
            if (string.IsNullOrEmpty(unmaskReason) || unmaskReason.Length < Platform.Privacy.UnmaskService.MinimumReasonLength)
                throw new FieldValidationException("reason", "Privacy.ReasonRequired");
        }
        var bytes = await exporter.ExportAsync(new ResidentQuery(communityId, regionId, tag, q, grade), await authorization.AllowsAsync(user, ResidentsPolicies.SensitiveCare), unmaskReason, cancellationToken);
        return TypedResults.File(bytes, OfficeTypes.Xlsx, "居民名单.xlsx");
    }
}
