namespace Linli.Web.Modules.Points;

/// <summary>The OpenAPI summaries of points, the exchange and the earning rules (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class PointsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/points/accounts/{residentId}"] = "A resident's points balance",
        ["GET /api/v1/points/accounts/{residentId}/history"] = "A resident's points history",
        ["POST /api/v1/points/awards"] = "Award points to a resident (idempotent by key)",
        ["GET /api/v1/points/catalog"] = "The exchange's items (staff: a community's; residents: their own community's active ones)",
        ["POST /api/v1/points/catalog"] = "Add an item to the exchange",
        ["POST /api/v1/points/deeds"] = "Record a good deed; the earning rules award its points",
        ["GET /api/v1/points/redemptions"] = "Redemptions waiting to be picked up",
        ["POST /api/v1/points/redemptions"] = "Redeem an item with points (idempotent by key)",
        ["POST /api/v1/points/redemptions/{id}/cancel"] = "Cancel a redemption before pickup: points and stock come back",
        ["POST /api/v1/points/redemptions/{id}/pickup"] = "Hand a redeemed item over",
        ["GET /api/v1/points/rewards"] = "Threshold rewards waiting to be handed out",
        ["POST /api/v1/points/rewards/{id}/hand-out"] = "Hand out a threshold reward",
        ["GET /api/v1/points/rules"] = "A community's earning rules",
        ["POST /api/v1/points/rules"] = "Add an earning rule",
        ["POST /api/v1/points/rules/{id}/switch-off"] = "Switch an earning rule off",
        ["GET /api/v1/points/statement"] = "A community's yearly points statement by month",
        ["GET /api/v1/points/swaps"] = "Item swaps recorded in a community",
        ["POST /api/v1/points/swaps"] = "Record an item swap between residents",
        ["POST /api/v1/points/transactions/{id}/reverse"] = "Correct an award by a reversing entry",
    }, new Dictionary<string, string>
    {
        ["Points"] = "Points: rules, awards, the exchange's goods and redemptions",
    });
}
