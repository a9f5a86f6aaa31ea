using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Surveys;

/// <summary>
/// Front-line staff build surveys, read results and keep the needs list. Collecting (typing in paper forms, door-to-door
/// entry) is also open to group leaders, whose volunteers knock on doors. Raw answers of a sensitive survey go only to
/// those who may see sensitive care data.
/// </summary>
public static class SurveysPolicies
{
    public const string Manage = "ManageSurveys";
    public const string Collect = "CollectSurveys";
    /// <summary>Raw answers of a sensitive survey: the same people who see sensitive care data.</summary>
    public const string ExportSensitive = Residents.ResidentsPolicies.SensitiveCare;

    public static readonly string[] CollectRoles = [.. Roles.FrontLine, Roles.GroupLeader];

    public static void AddSurveysPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine))
        .AddPolicy(Collect, p => p.RequireRole(CollectRoles));
}
