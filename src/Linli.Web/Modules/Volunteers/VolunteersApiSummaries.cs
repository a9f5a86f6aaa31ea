namespace Linli.Web.Modules.Volunteers;

/// <summary>The OpenAPI summaries of volunteers (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class VolunteersApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/volunteers"] = "A community's volunteers with their hours",
        ["POST /api/v1/volunteers"] = "Register a resident as a volunteer (with consent)",
        ["GET /api/v1/volunteers/corrections"] = "Volunteers' requests to correct their hours",
        ["POST /api/v1/volunteers/corrections/{id}/resolve"] = "Answer a correction request",
        ["GET /api/v1/volunteers/hours-to-confirm"] = "Helpers who checked in and whose hours are not recorded yet",
        ["GET /api/v1/volunteers/recognition"] = "Volunteers to recognise for a period, by hours and by services",
        ["GET /api/v1/volunteers/recognition-rounds"] = "A community's recognition rounds",
        ["POST /api/v1/volunteers/recognition-rounds"] = "Set up a recognition round: period, team, weights of services, hours and performance, places",
        ["GET /api/v1/volunteers/recognition-rounds/{id}"] = "A round's ranking recomputed from the records, and its frozen awardees",
        ["POST /api/v1/volunteers/recognition-rounds/{id}/decide"] = "Decide a round: freeze its awardees and record their award",
        ["POST /api/v1/volunteers/recognition-rounds/{id}/certificates"] = "Certificates for a round's awardees, issued jointly with the executing organization",
        ["GET /api/v1/volunteers/{id}"] = "A volunteer",
        ["POST /api/v1/volunteers/{id}/awards"] = "Record an award",
        ["POST /api/v1/volunteers/{id}/certificates"] = "Issue a certificate of service hours",
        ["POST /api/v1/volunteers/{id}/evaluations"] = "Record an evaluation",
        ["GET /api/v1/volunteers/{id}/profile"] = "A volunteer's whole record",
        ["GET /api/v1/volunteers/{id}/service-records"] = "A volunteer's service records",
        ["POST /api/v1/volunteers/{id}/service-records"] = "Record a service",
        ["POST /api/v1/volunteers/{id}/trainings"] = "Record a training",
        ["GET /api/v1/activities/{id}/volunteer-hours"] = "An activity's helpers and their proposed hours",
        ["POST /api/v1/activities/{id}/volunteer-hours"] = "Confirm a helper's hours for an activity",
        ["GET /api/v1/me/volunteer"] = "Your own volunteer record",
        ["POST /api/v1/me/volunteer/corrections"] = "Ask for a correction of your hours",
        ["POST /api/v1/patrols"] = "Set up a patrol rota: route, schedule, hours and its team of volunteers",
        ["GET /api/v1/patrols"] = "A community's patrol rotas with their walks",
        ["GET /api/v1/patrols/{id}"] = "A rota with its team and latest walks",
        ["POST /api/v1/patrols/{id}/logs"] = "Log a walk: walkers' service hours, issues found sent on as 365 requests or action items",
        ["POST /api/v1/patrols/{id}/end"] = "Stand a rota down",
        ["GET /api/v1/helper-tasks"] = "An activity's helper tasks, who has each, and which volunteers each task suits",
        ["POST /api/v1/helper-tasks"] = "Add a helper task to an activity: people needed and what it asks of the body and senses",
        ["DELETE /api/v1/helper-tasks/{id}"] = "Remove a helper task and who had it",
        ["POST /api/v1/helper-tasks/{id}/assignments"] = "Give a task to a volunteer (signed up to help if not yet); a task that does not suit needs a reason",
        ["DELETE /api/v1/helper-tasks/{id}/assignments/{volunteerId}"] = "Take a task back from a volunteer",
        ["GET /api/v1/volunteers/{id}/ability"] = "A volunteer's ability note (sensitive; the read is recorded)",
        ["PUT /api/v1/volunteers/{id}/ability"] = "Record what a volunteer should not be asked and what suits them (sensitive)",
        ["GET /api/v1/certificates/{number}"] = "Check a certificate by its number (anyone)",
        ["GET /api/v1/certificates/{number}/document"] = "The certificate as docx (its volunteer or staff)",
    }, new Dictionary<string, string>
    {
        ["Volunteers"] = "Volunteers, service hours, corrections and certificates",
        ["Patrols"] = "Volunteer patrols: rotas, walks and what they found",
    });
}
