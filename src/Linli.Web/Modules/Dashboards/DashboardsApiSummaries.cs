namespace Linli.Web.Modules.Dashboards;

/// <summary>The OpenAPI summaries of the dashboards (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class DashboardsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/dashboards/catalogue"] = "Every figure the dashboards show: key, label, unit, whether it adds up across regions",
        ["GET /api/v1/dashboards/figures"] = "A region's figures for a period and its child regions', computed from the records for the caller's scope",
        ["GET /api/v1/dashboards/figures.xlsx"] = "The same figure table as an Excel sheet: a row per child region, the unplaced remainder and the total",
        ["GET /api/v1/dashboards/report"] = "A community's monthly report or a street's or district's summary as Excel or Word: kept figures, drift, last month and last year",
        ["POST /api/v1/dashboards/report/submit"] = "Hands in a month's report (the office it is of); it never changes afterwards",
        ["GET /api/v1/dashboards/targets"] = "A region's targets: per figure, per month or per year",
        ["PUT /api/v1/dashboards/targets"] = "Sets a region's target for a figure per month or year (no value removes it); the page's traffic lights read them",
    }, new Dictionary<string, string>
    {
        ["Dashboards"] = "Figures from district to building, computed from the records; monthly reports",
    });
}
