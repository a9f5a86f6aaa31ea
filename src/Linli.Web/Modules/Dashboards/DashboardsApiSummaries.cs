namespace Linli.Web.Modules.Dashboards;

/// <summary>The OpenAPI summaries of the dashboards (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class DashboardsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/dashboards/catalogue"] = "Every figure the dashboards show: key, label, unit, whether it adds up across regions",
        ["GET /api/v1/dashboards/figures"] = "A region's figures for a period and its child regions', computed from the records for the caller's scope",
    }, new Dictionary<string, string>
    {
        ["Dashboards"] = "Figures from district to community, computed from the records",
    });
}
