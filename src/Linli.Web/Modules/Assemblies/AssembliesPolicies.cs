using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// Front-line staff prepare, open and close owners' assemblies for the owners' committee or preparation group they
/// serve. Ballots are entered by them and by group leaders, whose volunteers collect ballots door to door; the same
/// people read the roll (names and units of owners). Any console role reads assemblies and their results, which are
/// published to the compound anyway. An owner with a portal account votes for themself (their place on the frozen
/// roll found by their register entry). The scope keeps each to their communities.
/// </summary>
public static class AssembliesPolicies
{
    public const string Read = "ReadAssemblies";
    public const string Manage = "ManageAssemblies";
    public const string Collect = "CollectBallots";
    public const string VoteOwn = "VoteAsOwner";

    public static readonly string[] CollectRoles = [.. Roles.FrontLine, Roles.GroupLeader];

    public static void AddAssembliesPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Manage, p => p.RequireRole(Roles.FrontLine))
        .AddPolicy(Collect, p => p.RequireRole(CollectRoles))
        .AddPolicy(VoteOwn, p => p.RequireRole(Roles.Resident));
}
