using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Dashboards;

/// <summary>Who reads figures: the register's readers (district, street and community staff, social workers, the administrator), each within their scope.</summary>
public static class DashboardsPolicies
{
    public const string Read = "DashboardsRead";

    public static void AddDashboardsPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Read, p => p.RequireRole(Residents.ResidentsPolicies.ReadRoles));
}
