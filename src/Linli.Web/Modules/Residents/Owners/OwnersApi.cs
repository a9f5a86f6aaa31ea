using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Residents.Owners;

public sealed record AddOwnerRequest(int? UnitId, OwnerKind? Kind, int? ResidentId, string? Name, string? IdNumber, string? Phone,
    string? CreditCode, decimal? Share, DateOnly? Since);

/// <summary>/api/v1/residents/owners: the owners' register, by unit or by resident.</summary>
public static class OwnersApi
{
    public static void MapOwnersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/residents/owners").WithTags("Owners").RequireAuthorization(ResidentsPolicies.Read);
        api.MapGet("/", List);
        api.MapPost("/", Add).RequireAuthorization(ResidentsPolicies.Edit);
        api.MapDelete("/{id:int}", End).RequireAuthorization(ResidentsPolicies.Edit);
    }

    private static async Task<Ok<IReadOnlyList<OwnerView>>> List(int? unitId, int? residentId, bool? includeEnded, OwnersService owners, CancellationToken cancellationToken) =>
        TypedResults.Ok(await owners.ListAsync(unitId, residentId, includeEnded ?? false, cancellationToken));

    private static async Task<Created<OwnerView>> Add(AddOwnerRequest request, OwnersService owners, CancellationToken cancellationToken)
    {
        var owner = await owners.AddAsync(new OwnerInput(request.UnitId, request.Kind, request.ResidentId, request.Name, request.IdNumber, request.Phone,
            request.CreditCode, request.Share, request.Since), cancellationToken);
        var view = (await owners.ListAsync(owner.UnitId, null, false, cancellationToken)).First(o => o.Id == owner.Id);
        return TypedResults.Created($"/api/v1/residents/owners?unitId={owner.UnitId}", view);
    }

    /// <summary>Ends the ownership on the given day (default today); the record stays for history.</summary>
    private static async Task<NoContent> End(int id, DateOnly? on, OwnersService owners, CancellationToken cancellationToken)
    {
        await owners.EndAsync(id, on, cancellationToken);
        return TypedResults.NoContent();
    }
}
