using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Points;

/// <summary>/api/v1/points: awards and their reversals, balances and histories, the exchange catalogue, redemptions, statements.</summary>
public static class PointsApi
{
    public static void MapPointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/points").WithTags("Points").RequireAuthorization();
        var manage = PointsPolicies.Manage;

        api.MapPost("/awards", async Task<Created<TransactionView>> (AwardRequest request, PointsService points, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var award = await points.AwardAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/points/accounts/{award.ResidentId}", award);
        }).RequireAuthorization(manage);
        api.MapPost("/transactions/{id:int}/reverse", async Task<Created<TransactionView>> (int id, ReverseRequest request, PointsService points, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            var reversal = await points.ReverseAsync(id, request, user, ct);
            return TypedResults.Created($"/api/v1/points/accounts/{reversal.ResidentId}", reversal);
        }).RequireAuthorization(manage);
        api.MapGet("/accounts/{residentId:int}", async (int residentId, PointsService points, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await points.AccountAsync(residentId, user, ct)));
        api.MapGet("/accounts/{residentId:int}/history", async (int residentId, PointsService points, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await points.HistoryAsync(residentId, user, ct)));

        api.MapPost("/catalog", async Task<Created<CatalogItemView>> (NewCatalogItem input, ExchangeService exchange, CancellationToken ct) =>
        {
            var item = await exchange.AddItemAsync(input, ct);
            return TypedResults.Created($"/api/v1/points/catalog?communityId={item.CommunityId}", ExchangeService.View(item));
        }).RequireAuthorization(manage);
        // Staff name a community in their scope; a resident sees their own community's active items.
        api.MapGet("/catalog", async (int? communityId, ExchangeService exchange, SelfServiceService self, ClaimsPrincipal user, IAuthorizationService authorization,
            CancellationToken ct) =>
            await authorization.AllowsAsync(user, PointsPolicies.Manage)
                ? TypedResults.Ok(await exchange.StaffCatalogAsync(communityId ?? 0, ct))
                : TypedResults.Ok(await exchange.CatalogAsync((await self.OwnResidentAsync(user.UserId(), ct)).CommunityId, activeOnly: true, ct)));

        api.MapPost("/redemptions", async Task<Created<RedemptionView>> (RedeemRequest request, ExchangeService exchange, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var redemption = await exchange.RedeemAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/points/redemptions/{redemption.Id}", redemption);
        });
        api.MapGet("/redemptions", async (int communityId, ExchangeService exchange, CancellationToken ct) => TypedResults.Ok(await exchange.WaitingAsync(communityId, ct)))
            .RequireAuthorization(manage);
        api.MapPost("/redemptions/{id:int}/pickup", async (int id, ExchangeService exchange, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await exchange.PickUpAsync(id, user, ct))).RequireAuthorization(manage);
        api.MapPost("/redemptions/{id:int}/cancel", async (int id, ExchangeService exchange, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await exchange.CancelAsync(id, user, ct))).RequireAuthorization(manage);

        api.MapGet("/statement", async (int communityId, int year, PointsStatement statement, CancellationToken ct) =>
            TypedResults.Ok(await statement.YearAsync(communityId, year, ct))).RequireAuthorization(manage);
    }
}
