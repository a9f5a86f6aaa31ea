using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Who registers volunteers, records their service and issues certificates.</summary>
public static class VolunteersPolicies
{
    public const string Manage = "ManageVolunteers";

    public static void AddVolunteersPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine));

}
