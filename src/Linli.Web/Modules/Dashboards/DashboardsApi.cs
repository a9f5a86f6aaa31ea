using System.Security.Claims;
using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Dashboards;

/// <summary>/api/v1/dashboards: the figure catalogue and a region's figures with its children's, for the caller's scope.</summary>
public static class DashboardsApi
{
    public static void MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/dashboards").WithTags("Dashboards").RequireAuthorization(DashboardsPolicies.Read);
        api.MapGet("/catalogue", (FigureCatalogue catalogue, Texts texts) =>
            TypedResults.Ok(catalogue.All.Select(f => new CatalogueEntry(f.Key, texts[f.LabelKey], texts[f.UnitKey], f.Additive, f.Sensitive, f.AsOfToday)).ToList()));
        api.MapGet("/figures", async (int? regionId, DateOnly? from, DateOnly? to, string? figures, FiguresService service, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await service.OfRegionAsync(regionId, from, to,
                figures?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), user, ct)));
    }
}
