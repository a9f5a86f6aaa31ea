using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Points.Earning;

/// <summary>/api/v1/points: earning rules, deeds, weekly rewards to hand out, items-for-items exchanges.</summary>
public static class EarningApi
{
    public static void MapEarningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/points").WithTags("Points").RequireAuthorization(PointsPolicies.Manage);

        api.MapPost("/rules", async Task<Created<RuleView>> (NewRule input, EarningService earning, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var rule = await earning.AddRuleAsync(input, user, ct);
            return TypedResults.Created($"/api/v1/points/rules?communityId={rule.CommunityId}", rule);
        });
        api.MapGet("/rules", async (int communityId, EarningService earning, CancellationToken ct) => TypedResults.Ok(await earning.RulesAsync(communityId, ct)));
        api.MapPost("/rules/{id:int}/switch-off", async (int id, EarningService earning, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await earning.SwitchOffAsync(id, user, ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/rewards", async (int communityId, EarningService earning, CancellationToken ct) => TypedResults.Ok(await earning.RewardsToHandOutAsync(communityId, ct)));
        api.MapPost("/rewards/{id:int}/hand-out", async (int id, EarningService earning, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await earning.HandOutAsync(id, user, ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/swaps", async Task<Created<SwapView>> (SwapRequest request, EarningService earning, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var swap = await earning.SwapAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/points/swaps?communityId={request.CommunityId}", swap);
        });
        api.MapGet("/swaps", async (int communityId, EarningService earning, CancellationToken ct) => TypedResults.Ok(await earning.SwapsAsync(communityId, ct)));

        app.MapPost("/api/v1/points/deeds", async Task<Created<DeedResult>> (DeedRequest request, EarningService earning, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var deed = await earning.RecordDeedAsync(request, user, ct);
            return TypedResults.Created($"/api/v1/points/accounts/{deed.ResidentId}", deed);
        }).WithTags("Points").RequireAuthorization(PointsPolicies.RecordDeeds);
    }
}
