using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Points;

/// <summary>Who awards points, keeps the exchange catalogue and hands items out at the desk.</summary>
public static class PointsPolicies
{
    public const string Manage = "ManagePoints";
    /// <summary>Deeds are recorded where they happen: at the desk, or by a team leader at the collection point.</summary>
    public const string RecordDeeds = "RecordDeeds";

    public static readonly string[] ManageRoles = Roles.FrontLine;

    public static void AddPointsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Manage, p => p.RequireRole(ManageRoles))
        .AddPolicy(RecordDeeds, p => p.RequireRole([.. ManageRoles, Roles.GroupLeader]));

}
