using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Activities;

/// <summary>Who runs activities (create them, sign people up on their behalf, record check-ins for others).</summary>
public static class ActivitiesPolicies
{
    public const string Manage = "ManageActivities";

    public static readonly string[] ManageRoles = Roles.FrontLine;

    public static void AddActivitiesPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Manage, p => p.RequireRole(ManageRoles));

}
