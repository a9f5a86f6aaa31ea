using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Stewards;

/// <summary>The community's front line puts questions to the households and takes their answers; the district's officers read the results.</summary>
public static class StewardsPolicies
{
    public const string Read = "ConsultationsRead";
    public const string Run = "ConsultationsRun";

    public static void AddStewardsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole([.. Roles.FrontLine, Roles.DistrictOfficer]))
        .AddPolicy(Run, p => p.RequireRole(Roles.FrontLine));
}
