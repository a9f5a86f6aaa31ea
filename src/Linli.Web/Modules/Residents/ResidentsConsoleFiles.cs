using System.Security.Claims;
using Linli.Web.Modules.Residents.Care;
using Linli.Web.Modules.Residents.Import;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Residents;

/// <summary>The console's downloads and the import's progress. The API is bearer-only, so the pages go through these cookie endpoints.</summary>
public static class ResidentsConsoleFiles
{
    public static void MapResidentsConsoleFiles(this IEndpointRouteBuilder app)
    {
        var console = app.MapGroup("/console/residents").RequireAuthorization(ResidentsPolicies.Read).ExcludeFromDescription();
        console.MapGet("/export.xlsx", async (int? communityId, int? regionId, string? tag, string? q, CareGrade? grade, ResidentExporter exporter, ClaimsPrincipal user,
            IAuthorizationService authorization, CancellationToken ct) =>
        {
            try
            {
                return Results.File(await exporter.ExportAsync(new ResidentQuery(communityId, regionId, tag, q, grade), await authorization.AllowsAsync(user, ResidentsPolicies.SensitiveCare), null, ct),
                    OfficeTypes.Xlsx, "居民名单.xlsx");
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
        });
        console.MapGet("/import-template.xlsx", async (int communityId, ResidentImporter importer, CancellationToken ct) =>
        {
            try
            {
                return Results.File(await importer.TemplateAsync(communityId, ct), OfficeTypes.Xlsx, "居民导入模板.xlsx");
            }
            catch (NotFoundException)
            {
                // Pages are not the API: a community outside the caller's scope is simply not found here.
                return Results.NotFound();
            }
        }).RequireAuthorization(ResidentsPolicies.Edit);
        // Polled by the import page while its upload runs (wwwroot/js/import-progress.js).
        console.MapGet("/import/progress", (string token, ImportProgress progress, ClaimsPrincipal user) =>
            progress.Read(token, user.UserId()) is { } status ? Results.Ok(status) : Results.NotFound())
            .RequireAuthorization(ResidentsPolicies.Edit);
    }
}
