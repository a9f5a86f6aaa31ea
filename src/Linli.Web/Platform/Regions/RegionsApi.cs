using System.ComponentModel.DataAnnotations;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Platform.Regions;

public sealed record CreateRegionRequest(
    int? ParentId,
    [property: Required] RegionKind? Kind,
    [property: Required, StringLength(100, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(50, MinimumLength = 1)] string? Code,
    decimal? ExclusiveArea);

public sealed record UpdateRegionRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string? Name,
    [property: Required, StringLength(50, MinimumLength = 1)] string? Code,
    decimal? ExclusiveArea);

public sealed record RegionResponse(int Id, int? ParentId, RegionKind Kind, string Name, string Code, decimal? ExclusiveArea, int Depth)
{
    public static RegionResponse From(RegionNode n) => new(n.Id, n.ParentId, n.Kind, n.Name, n.Code, n.ExclusiveArea, n.Depth);
}

public static class RegionsApi
{
    public static void MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/regions").WithTags("Regions").RequireAuthorization(Policies.Staff);
        api.MapGet("/", Roots);
        api.MapGet("/{id:int}", Get);
        api.MapGet("/{id:int}/children", Children);
        api.MapPost("/", Create).RequireAuthorization(Policies.EditRegions).Validate<CreateRegionRequest>();
        api.MapPut("/{id:int}", Update).RequireAuthorization(Policies.EditRegions).Validate<UpdateRegionRequest>();
        api.MapDelete("/{id:int}", Delete).RequireAuthorization(Policies.EditRegions);
        api.MapPost("/{id:int}/import", Import).RequireAuthorization(Policies.EditRegions).DisableAntiforgery();
    }

    private static async Task<Ok<RegionResponse[]>> Roots(RegionsService regions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await regions.RootsAsync(cancellationToken)).Select(RegionResponse.From).ToArray());

    private static async Task<Ok<RegionResponse>> Get(int id, RegionsService regions, CancellationToken cancellationToken) =>
        TypedResults.Ok(RegionResponse.From(await regions.GetAsync(id, cancellationToken)));

    private static async Task<Ok<RegionResponse[]>> Children(int id, RegionsService regions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await regions.ChildrenAsync(id, cancellationToken)).Select(RegionResponse.From).ToArray());

    private static async Task<Created<RegionResponse>> Create(CreateRegionRequest request, RegionsService regions, CancellationToken cancellationToken)
    {
        var node = await regions.CreateAsync(request.ParentId, request.Kind!.Value, request.Name!, request.Code!, request.ExclusiveArea, cancellationToken);
        return TypedResults.Created($"/api/v1/regions/{node.Id}", RegionResponse.From(node));
    }

    private static async Task<Ok<RegionResponse>> Update(int id, UpdateRegionRequest request, RegionsService regions, CancellationToken cancellationToken) =>
        TypedResults.Ok(RegionResponse.From(await regions.UpdateAsync(id, request.Name!, request.Code!, request.ExclusiveArea, cancellationToken)));

    private static async Task<NoContent> Delete(int id, RegionsService regions, CancellationToken cancellationToken)
    {
        await regions.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Imports units from an Excel sheet under a node; all or nothing, with a row-by-row report.</summary>
    private static async Task<Results<Ok<RegionImportResult>, UnprocessableEntity<RegionImportResult>>> Import(
        int id, IFormFile file, RegionImporter importer, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var result = await importer.ImportAsync(id, stream, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
    }
}
