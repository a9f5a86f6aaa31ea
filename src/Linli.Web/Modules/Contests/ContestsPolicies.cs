using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Contests;

/// <summary>
/// Front-line staff set up contests, review the households' entries and add photos; residents (an account per person)
/// enter their household, add its photos and vote;
/// staff and the community's residents read contests, entries and the ranking. The scope keeps each to their community.
/// </summary>
public static class ContestsPolicies
{
    public const string Read = "ReadContests";
    public const string Manage = "ManageContests";
    public const string Vote = "VoteInContests";
    public const string AddPhotos = "AddContestPhotos";

    public static void AddContestsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole([.. Roles.Staff, Roles.Resident]))
        .AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine))
        .AddPolicy(Vote, p => p.RequireRole(Roles.Resident))
        .AddPolicy(AddPhotos, p => p.RequireRole([.. Roles.FrontLine, Roles.Resident]));

    public static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);
}
