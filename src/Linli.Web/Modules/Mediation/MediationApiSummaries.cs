namespace Linli.Web.Modules.Mediation;

/// <summary>The OpenAPI summaries of the mediation module (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class MediationApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/mediation/cases"] = "Mediation cases of your communities (of one, in one state): issue, place, state, follow-up — no names",
        ["POST /api/v1/mediation/cases"] = "Open a case: community and place, issue, channel, the complainant, the respondent if known, what happened",
        ["GET /api/v1/mediation/cases/{id}"] = "A case with its parties and steps; the read is recorded",
        ["POST /api/v1/mediation/cases/{id}/steps"] = "A step taken with the complainant: a joint search or visit, a talk, a letter drafted (its text) or posted (where), an acknowledgement",
        ["POST /api/v1/mediation/cases/{id}/steps/{stepId}/photo"] = "Attach a photo to a step (multipart, one image in \"file\")",
        ["GET /api/v1/mediation/cases/{id}/steps/{stepId}/photo"] = "A step's photo; the read is recorded",
        ["GET /api/v1/mediation/cases/{id}/steps/{stepId}/letter.docx"] = "A drafted persuasion letter (文明劝导函) as an A4 Word page to print and post",
        ["PUT /api/v1/mediation/cases/{id}/outcome"] = "Record the outcome (settled, partly, not, escalated and where) and the day to check that it held",
        ["POST /api/v1/mediation/cases/{id}/check"] = "The follow-up check: held closes the case, not held opens it again",
        ["GET /api/v1/mediation/counts"] = "Cases opened in a period by issue: opened, still open, settled, escalated — counts only",
    }, new Dictionary<string, string>
    {
        ["Mediation"] = "Accompanied mediation (陪伴式调解) of neighbours' conflicts: cases whose parties are sealed, steps taken with the complainant, outcome and follow-up",
    });
}
