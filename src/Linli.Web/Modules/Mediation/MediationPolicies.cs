using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Mediation;

/// <summary>
/// Mediation names people: only the community's front line — its staff and social workers (and the platform
/// administrator) — open, read and work cases. Every console role may see the counts by issue and state, which name
/// nobody. The scope keeps each to their community.
/// </summary>
public static class MediationPolicies
{
    public const string Handle = "HandleMediation";
    public const string Count = "CountMediation";

    public static readonly string[] HandleRoles = [Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker];

    public static void AddMediationPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Handle, p => p.RequireRole(HandleRoles))
        .AddPolicy(Count, p => p.RequireRole(Roles.Staff));
}
