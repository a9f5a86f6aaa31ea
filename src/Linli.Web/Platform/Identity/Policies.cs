using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Platform.Identity;

/// <summary>Named authorization policies with the roles that hold them by default.</summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
    public const string EditRegions = "EditRegions";
    public const string Unmask = "Unmask";

    public static void AddLinliPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Staff, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Admin, p => p.RequireRole(Roles.PlatformAdmin))
        .AddPolicy(EditRegions, p => p.RequireRole(Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.CommunityStaff))
        // Seeing a full ID or phone number is a deliberate act by people who serve residents in person.
        .AddPolicy(Unmask, p => p.RequireRole(Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker));
}
