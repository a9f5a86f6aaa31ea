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

    public static readonly string[] CollectRoles = [.. Roles.FrontLine, Roles.GroupLeader];

    public static void AddSurveysPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine))
        .AddPolicy(Collect, p => p.RequireRole(CollectRoles));

    public static bool MayCollect(ClaimsPrincipal user) => CollectRoles.Any(user.IsInRole);

    public static bool MayExportSensitive(ClaimsPrincipal user) => Residents.ResidentsPolicies.MaySeeSensitive(user);
}
