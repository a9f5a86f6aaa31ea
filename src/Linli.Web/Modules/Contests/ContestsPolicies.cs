using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Contests;

/// <summary>
/// Front-line staff set up contests and enter the households' entries; residents (an account per person) vote;
/// staff and the community's residents read contests, entries and the ranking. The scope keeps each to their community.
/// </summary>
public static class ContestsPolicies
{
    public const string Read = "ReadContests";
    public const string Manage = "ManageContests";
    public const string Vote = "VoteInContests";

    public static void AddContestsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole([.. Roles.Staff, Roles.Resident]))
        .AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine))
        .AddPolicy(Vote, p => p.RequireRole(Roles.Resident));

    public static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);
}
