namespace Linli.Web.Modules.Groups;

/// <summary>The OpenAPI summaries of resident groups (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class GroupsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/groups"] = "A community's resident groups",
        ["POST /api/v1/groups"] = "Register a resident group with its leader",
        ["GET /api/v1/groups/{id}"] = "A group with its roster, papers, trainings and activities",
        ["PUT /api/v1/groups/{id}"] = "Change a group's name, purpose or leader",
        ["POST /api/v1/groups/{id}/activities"] = "Create an activity the group runs",
        ["PUT /api/v1/groups/{id}/activities/{activityId}"] = "Link an existing activity to the group",
        ["POST /api/v1/groups/{id}/documents"] = "Add a paper (charter, rules) to the group",
        ["GET /api/v1/groups/{id}/documents/{documentId}"] = "A group paper's file",
        ["POST /api/v1/groups/{id}/members"] = "Add a resident to the roster",
        ["DELETE /api/v1/groups/{id}/members/{residentId}"] = "Take a member off the roster",
        ["PUT /api/v1/groups/{id}/members/{residentId}"] = "Change a member's role",
        ["PUT /api/v1/groups/{id}/stage"] = "Move a group to its next stage (incubating, growing, independent)",
        ["POST /api/v1/groups/{id}/supervision-notes"] = "Record a supervision note",
        ["POST /api/v1/groups/{id}/trainings"] = "Record a training the group took part in",
    }, new Dictionary<string, string>
    {
        ["Groups"] = "Resident groups: members, roles, stages and documents",
    });
}
