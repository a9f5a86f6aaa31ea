using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Groups;

/// <summary>
/// Staff who serve residents in person keep every group of their communities; a GroupLeader keeps the groups they
/// lead (their roster, papers, trainings and activities), and reads, without writing, the supervision notes and stage.
/// </summary>
public static class GroupsPolicies
{
    public const string Use = "UseGroups";

    public static readonly string[] StaffRoles = Roles.FrontLine;

    public static void AddGroupsPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Use, p => p.RequireRole([.. StaffRoles, Roles.GroupLeader]));

    public static bool IsStaff(ClaimsPrincipal user) => StaffRoles.Any(user.IsInRole);
}
