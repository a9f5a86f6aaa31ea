using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Partners;

/// <summary>
/// A district's (or the platform's) officers register partners, their offers and the accounts of social organizations;
/// every staff member working inside the region sees them; a community's front line records what partners gave and
/// links needs to them.
/// </summary>
public static class PartnersPolicies
{
    public const string Read = "PartnersRead";
    public const string Manage = "PartnersManage";
    public const string Record = "PartnersRecord";

    public static readonly string[] Managers = [Roles.PlatformAdmin, Roles.DistrictOfficer];

    public static void AddPartnersPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Manage, p => p.RequireRole(Managers))
        .AddPolicy(Record, p => p.RequireRole(Roles.FrontLine));
}
