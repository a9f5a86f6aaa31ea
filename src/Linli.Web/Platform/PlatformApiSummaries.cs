namespace Linli.Web.Platform;

/// <summary>The OpenAPI summaries of the platform: accounts, regions, audit, privacy, notifications (<see cref="Api.ApiSummaries"/>).</summary>
public static class PlatformApiSummaries
{
    public static readonly Api.ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/audit"] = "The audit log, newest first",
        ["GET /api/v1/audit/verify"] = "Verify the audit chain",
        ["POST /api/v1/auth/token"] = "Sign in: a bearer token for the API",
        ["GET /api/v1/me"] = "Who you are: name, roles, regions, whether you must change your password",
        ["POST /api/v1/me/password"] = "Change your password",
        ["GET /api/v1/notifications"] = "Your notifications",
        ["POST /api/v1/notifications/read"] = "Mark your notifications read",
        ["POST /api/v1/privacy/unmask"] = "See a full ID number or phone, with a reason (recorded)",
        ["GET /api/v1/regions"] = "The top regions of your scope",
        ["POST /api/v1/regions"] = "Create a region",
        ["DELETE /api/v1/regions/{id}"] = "Delete an empty region",
        ["GET /api/v1/regions/{id}"] = "A region",
        ["PUT /api/v1/regions/{id}"] = "Change a region",
        ["GET /api/v1/regions/{id}/children"] = "A region's children",
        ["POST /api/v1/regions/{id}/import"] = "Import a region tree from xlsx",
        ["GET /api/v1/users"] = "Accounts",
        ["POST /api/v1/users"] = "Create an account with roles and regions",
        ["PUT /api/v1/users/{id}/enabled"] = "Disable or enable an account",
        ["POST /api/v1/users/{id}/password-reset"] = "Reset a password to a temporary one",
        ["PUT /api/v1/users/{id}/roles"] = "Change an account's roles",
    }, new Dictionary<string, string>
    {
        ["Auth"] = "Signing in: bearer tokens for the API and who the caller is",
        ["Users"] = "Staff and resident accounts, their roles and the regions they serve",
        ["Regions"] = "The region tree from district to unit: streets, communities, compounds, buildings",
        ["Audit"] = "The tamper-evident log of who did what, and its verification",
        ["Privacy"] = "Unmasking an ID number or phone with a reason, each read recorded",
        ["Notifications"] = "A user's notifications",
    });
}
