namespace Linli.Web.Modules.Residents;

/// <summary>The OpenAPI summaries of the residents register and the care ledger (<see cref="Platform.Api.ApiSummaries"/>).</summary>
public static class ResidentsApiSummaries
{
    public static readonly Platform.Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/residents"] = "Search the register (paged); sensitive tags only for those who may see them",
        ["POST /api/v1/residents"] = "Register a resident",
        ["GET /api/v1/residents/care/birthdays"] = "Residents in care with a birthday coming up",
        ["GET /api/v1/residents/care/overdue"] = "Residents in care not contacted in time",
        ["GET /api/v1/residents/care/settings"] = "A community's contact intervals by care grade",
        ["PUT /api/v1/residents/care/settings"] = "Change the contact intervals",
        ["GET /api/v1/residents/corrections"] = "Residents' requests to correct their record",
        ["PUT /api/v1/residents/corrections/{id}"] = "Answer a correction request",
        ["GET /api/v1/residents/export"] = "The register as xlsx (masked unless unmasked with a reason)",
        ["POST /api/v1/residents/import"] = "Import residents from xlsx (all or nothing, with a row report)",
        ["GET /api/v1/residents/import-template"] = "The community's import template",
        ["GET /api/v1/residents/import/progress"] = "How far a running import has got",
        ["GET /api/v1/residents/owners"] = "A unit's owners",
        ["POST /api/v1/residents/owners"] = "Record an owner of a unit",
        ["DELETE /api/v1/residents/owners/{id}"] = "End an ownership",
        ["GET /api/v1/residents/tags"] = "A community's own tags",
        ["POST /api/v1/residents/tags"] = "Define a community tag",
        ["DELETE /api/v1/residents/tags/{id}"] = "Delete a community tag",
        ["GET /api/v1/residents/{id}"] = "A resident (ID number and phone masked)",
        ["PUT /api/v1/residents/{id}"] = "Change a resident's record",
        ["POST /api/v1/residents/{id}/account"] = "Open a portal account for a resident",
        ["PUT /api/v1/residents/{id}/care"] = "Put a resident in care with a grade and who is responsible",
        ["GET /api/v1/residents/{id}/guardians"] = "A child's guardians",
        ["POST /api/v1/residents/{id}/guardians"] = "Name a guardian for a child",
        ["DELETE /api/v1/residents/{id}/guardians/{guardianId}"] = "Remove a guardian",
        ["PUT /api/v1/residents/{id}/status"] = "Record a move away or a death",
        ["POST /api/v1/residents/{id}/visits"] = "Record a home visit or call",
        ["GET /api/v1/me/resident"] = "Your own register entry",
        ["POST /api/v1/me/resident/corrections"] = "Ask for a correction of your record",
    }, new Dictionary<string, string>
    {
        ["Residents"] = "The residents register: people, households, guardians, import and export",
        ["Care ledger"] = "Residents in care: grades, who is responsible, contact intervals, overdue contacts and birthdays",
        ["Owners"] = "Unit owners, the basis of owners' assemblies",
        ["Tags"] = "A community's own resident tags",
        ["Portal"] = "A resident's own record, as the resident sees it",
        ["Corrections"] = "Residents' requests to correct their record, and staff answers",
    });
}
