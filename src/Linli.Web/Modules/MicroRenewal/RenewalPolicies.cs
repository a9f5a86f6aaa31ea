using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>
/// The community's staff and social workers (and the platform administrator) run micro-renewals; every console
/// role reads them; anyone reads the public page. Residents state their preference through the surveys module.
/// </summary>
public static class RenewalPolicies
{
    public const string Read = "ReadRenewal";
    public const string Run = "RunRenewal";

    public static void AddRenewalPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Run, p => p.RequireRole(Deliberation.DeliberationPolicies.RunRoles));
}
