namespace Linli.Web.Modules.MicroRenewal;

/// <summary>The OpenAPI summaries of the micro-renewal module (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class RenewalApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/renewal/projects"] = "Micro-renewal projects of your communities (of one with communityId): place, title, step",
        ["POST /api/v1/renewal/projects"] = "Start a micro-renewal for a compound or courtyard: title, summary, budget (yuan) and who funds it",
        ["GET /api/v1/renewal/projects/{id}"] = "A project whole: its steps, three meetings, sites, designs with the households' preferences, plan, quotes, photos",
        ["POST /api/v1/renewal/projects/{id}/next"] = "Move to the next of the nine steps; the hearing, the coordination meeting and the review gate theirs (409 says what is missing)",
        ["POST /api/v1/renewal/projects/{id}/meetings"] = "Link one of the three meetings (site hearing, design coordination, result review): an existing one or a new one",
        ["POST /api/v1/renewal/projects/{id}/sites"] = "A candidate site with the evidence from the pilot survey",
        ["PUT /api/v1/renewal/projects/{id}/site"] = "The site chosen at the hearing, with the reason (once)",
        ["POST /api/v1/renewal/projects/{id}/options"] = "A design option (fixed once the households' poll opens)",
        ["POST /api/v1/renewal/projects/{id}/poll"] = "Put the options to the place's households: one answer per household, non-binding (a survey)",
        ["PUT /api/v1/renewal/projects/{id}/option"] = "The design the coordination meeting adopted, with the reason; the poll closes and its counts are kept",
        ["POST /api/v1/renewal/projects/{id}/items"] = "An item of the adopted plan: what, who does it, dimensions, budget",
        ["POST /api/v1/renewal/projects/{id}/quotes"] = "A contractor's quote: contractor, scope, price (yuan)",
        ["PUT /api/v1/renewal/projects/{id}/quote"] = "The contractor chosen after comparing the quotes, with the reason (once)",
        ["GET /api/v1/renewal/projects/{id}/quotes.xlsx"] = "The quotes side by side as an Excel sheet, with the choice and its reason",
        ["POST /api/v1/renewal/projects/{id}/photos"] = "A blueprint page, a before photo, or an after photo paired with a before photo (multipart)",
        ["GET /api/v1/renewal/projects/{id}/photos/{photoId}"] = "One of a project's photos or blueprint pages",
        ["GET /api/v1/public/communities/{communityId}/renewal"] = "A community's micro-renewals as anyone sees them (no sign-in)",
        ["GET /api/v1/public/renewal/photos/{photoId}"] = "A micro-renewal's photo or blueprint page (no sign-in)",
    }, new Dictionary<string, string>
    {
        ["MicroRenewal"] = "Micro-renewal by 一图三会: one blueprint, three meetings gating nine steps, designs put to the households, quotes compared, before and after",
    });
}
