using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Volunteers;

/// <summary>Who registers volunteers, records their service and issues certificates.</summary>
public static class VolunteersPolicies
{
    public const string Manage = "ManageVolunteers";

    /// <summary>A volunteer's ability note says something about a disability: those who may see sensitive care tags keep and read it.</summary>
    public const string Abilities = Residents.ResidentsPolicies.SensitiveCare;

    public static void AddVolunteersPolicies(this AuthorizationBuilder auth) => auth.AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine));

}
