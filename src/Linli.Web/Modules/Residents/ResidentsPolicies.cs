using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// Who may read the register and the care ledger (staff who serve or oversee a community: not a group leader, who is a
/// resident volunteer), who may change them, and who may see the sensitive care tags (disability, low income, health).
/// </summary>
public static class ResidentsPolicies
{
    public const string Read = "ReadResidents";
    public const string Edit = "EditResidents";
    public const string SensitiveCare = "SeeSensitiveCare";

    public static readonly string[] ReadRoles = [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.CommunityStaff, Roles.SocialWorker];
    public static readonly string[] EditRoles = [Roles.PlatformAdmin, Roles.StreetOfficer, Roles.CommunityStaff, Roles.SocialWorker];
    public static readonly string[] SensitiveCareRoles = [Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker];

    public static void AddResidentsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(ReadRoles))
        .AddPolicy(Edit, p => p.RequireRole(EditRoles))
        .AddPolicy(SensitiveCare, p => p.RequireRole(SensitiveCareRoles));

}
