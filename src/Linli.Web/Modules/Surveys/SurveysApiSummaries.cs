namespace Linli.Web.Modules.Surveys;

/// <summary>The OpenAPI summaries of surveys and the needs list (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class SurveysApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/surveys"] = "A community's surveys",
        ["POST /api/v1/surveys"] = "Create a survey",
        ["GET /api/v1/surveys/templates"] = "The survey templates to start from",
        ["POST /api/v1/surveys/templates/{key}/copy"] = "Create a survey from a template",
        ["GET /api/v1/surveys/{id}"] = "A survey with its questions",
        ["PUT /api/v1/surveys/{id}"] = "Change a draft survey's questions",
        ["PUT /api/v1/surveys/{id}/answers/{answerId}/theme"] = "Put an open answer under a theme",
        ["POST /api/v1/surveys/{id}/close"] = "Close a survey",
        ["GET /api/v1/surveys/{id}/compare"] = "Compare a survey with an earlier round",
        ["POST /api/v1/surveys/{id}/copy"] = "Copy a survey for a new round",
        ["GET /api/v1/surveys/{id}/crosstab"] = "Cross-tabulate two questions",
        ["GET /api/v1/surveys/{id}/export.xlsx"] = "The raw answers as xlsx",
        ["POST /api/v1/surveys/{id}/needs"] = "Put a survey finding on the needs list",
        ["POST /api/v1/surveys/{id}/open"] = "Open a survey for answers",
        ["GET /api/v1/surveys/{id}/open-answers/{key}"] = "An open question's answers with their themes",
        ["POST /api/v1/surveys/{id}/responses"] = "Enter a response (paper, door to door) or answer as a resident",
        ["GET /api/v1/surveys/{id}/results"] = "A survey's results by question",
        ["GET /api/v1/surveys/{id}/summary.docx"] = "The survey's summary report as docx",
        ["POST /api/v1/surveys/{id}/themes"] = "Define a theme for an open question's answers",
        ["GET /api/v1/public/surveys/{token}"] = "A survey by its public link",
        ["POST /api/v1/public/surveys/{token}/responses"] = "Answer a survey through its public link",
        ["GET /api/v1/needs"] = "A community's needs list",
        ["POST /api/v1/needs"] = "Put a need on the list",
        ["PUT /api/v1/needs/{id}"] = "Change a need's priority and details",
        ["DELETE /api/v1/needs/{id}/activities/{activityId}"] = "Unlink an activity from a need",
        ["PUT /api/v1/needs/{id}/activities/{activityId}"] = "Link an activity that answers a need",
        ["PUT /api/v1/needs/{id}/status"] = "Move a need on (open, being answered, answered)",
    }, new Dictionary<string, string>
    {
        ["Surveys"] = "Surveys: questions, links, paper and visit entries, results and exports",
        ["Needs"] = "The community's needs list and how each need is being answered",
    });
}
