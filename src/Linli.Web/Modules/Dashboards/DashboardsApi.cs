using System.Security.Claims;
using Linli.Web.Modules.Dashboards.Reports;
using Linli.Web.Modules.Dashboards.Targets;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// /api/v1/dashboards: the figure catalogue, a region's figures with its children's (and as a sheet), and the monthly
/// report as Excel or Word, handed in by the office it is of; targets per figure, month or year.
/// </summary>
public static class DashboardsApi
{
    public static void MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/dashboards").WithTags("Dashboards").RequireAuthorization(DashboardsPolicies.Read);
        api.MapGet("/catalogue", Catalogue);
        api.MapGet("/figures", Figures);
        api.MapGet("/figures.xlsx", FiguresSheet).ProducesFile(OfficeTypes.Xlsx);
        api.MapGet("/report", Report).ProducesFile(OfficeTypes.Xlsx, OfficeTypes.Docx);
        api.MapPost("/report/submit", Submit).RequireAuthorization(DashboardsPolicies.Submit);
        api.MapGet("/targets", Targets);
        api.MapPut("/targets", SetTarget).RequireAuthorization(DashboardsPolicies.Submit);
    }

    private static Ok<List<CatalogueEntry>> Catalogue(FigureCatalogue catalogue, Texts texts) =>
        TypedResults.Ok(catalogue.All.Select(f => new CatalogueEntry(f.Key, texts[f.LabelKey], texts[f.UnitKey], f.Additive, f.Sensitive, f.AsOfToday, f.ByHome)).ToList());

    private static async Task<Ok<RegionFigures>> Figures(int? regionId, DateOnly? from, DateOnly? to, string? figures, FiguresService service, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.OfRegionAsync(regionId, from, to, Keys(figures), user, cancellationToken));

    private static async Task<FileContentHttpResult> FiguresSheet(int? regionId, DateOnly? from, DateOnly? to, string? figures, FiguresService service,
        ReportFiles files, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (name, content) = files.Table(await service.OfRegionAsync(regionId, from, to, Keys(figures), user, cancellationToken));
        return TypedResults.File(content, OfficeTypes.Xlsx, name);
    }

    private static async Task<FileContentHttpResult> Report(int? regionId, string? month, string? format, MonthlyReports reports, ReportFiles files,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (format is not ("xlsx" or "docx")) throw new FieldValidationException("format", "Dashboards.ReportFormat");
        var report = await reports.ReadAsync(regionId, month, user, cancellationToken);
        var (name, content) = format == "xlsx" ? files.Xlsx(report) : files.Docx(report);
        return TypedResults.File(content, format == "xlsx" ? OfficeTypes.Xlsx : OfficeTypes.Docx, name);
    }

    private static async Task<Ok<ReportStatus>> Submit(int? regionId, string? month, MonthlyReports reports, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.SubmitAsync(regionId, month, user, cancellationToken));

    private static async Task<Ok<IReadOnlyList<TargetView>>> Targets(int? regionId, FigureTargets targets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await targets.ListAsync(regionId, cancellationToken));

    private static async Task<Ok<IReadOnlyList<TargetView>>> SetTarget(int? regionId, TargetInput input, FigureTargets targets, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await targets.SetAsync(regionId, input, user, cancellationToken));

    private static string[]? Keys(string? figures) => figures?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
