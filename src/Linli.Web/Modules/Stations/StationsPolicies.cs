using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// The front line of a community (and a street's officers for its stations) keep the station's records — staff,
/// trainings, supervision; the district's officers see them for their region. Which community's records is the scope's.
/// </summary>
public static class StationsPolicies
{
    public const string Read = "StationsRead";
    public const string Keep = "StationsKeep";

    public static void AddStationsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole([.. Roles.FrontLine, Roles.DistrictOfficer]))
        .AddPolicy(Keep, p => p.RequireRole(Roles.FrontLine));
}
