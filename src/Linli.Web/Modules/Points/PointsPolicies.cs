using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Points;

/// <summary>Who awards points, keeps the exchange catalogue and hands items out at the desk.</summary>
public static class PointsPolicies
{
    public const string Manage = "ManagePoints";

    public static readonly string[] ManageRoles = Roles.FrontLine;

    public static void AddPointsPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Manage, p => p.RequireRole(ManageRoles));

    public static bool MayManage(ClaimsPrincipal user) => ManageRoles.Any(user.IsInRole);
}
