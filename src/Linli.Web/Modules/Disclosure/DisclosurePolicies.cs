using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Disclosure;

/// <summary>
/// The community's staff and social workers keep the ledgers (and the platform administrator); any console role reads
/// them; everyone reads what is published, without signing in. The scope keeps staff to their communities.
/// </summary>
public static class DisclosurePolicies
{
    public const string Read = "ReadLedgers";
    public const string Keep = "KeepLedgers";

    public static readonly string[] KeepRoles = [Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker];

    public static void AddDisclosurePolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Keep, p => p.RequireRole(KeepRoles));
}
