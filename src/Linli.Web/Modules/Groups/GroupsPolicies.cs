using System.Security.Claims;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Linli.Web.Modules.Groups;

/// <summary>
/// Staff who serve residents in person keep every group of their communities; a GroupLeader keeps the groups they
/// lead (their roster, papers, trainings and activities), and reads, without writing, the supervision notes and stage.
/// The role decides at the door (<see cref="Use"/>, <see cref="Manage"/>); which group a leader may keep is a
/// record-level rule, decided by <see cref="GroupAuthorizationHandler"/> for the operations below.
/// </summary>
public static class GroupsPolicies
{
    public const string Use = "UseGroups";
    public const string Manage = "ManageGroups";

    public static readonly string[] StaffRoles = Roles.FrontLine;

    /// <summary>Roster, papers, trainings, activities: the group's staff, or its leader.</summary>
    public static readonly OperationAuthorizationRequirement Keep = new() { Name = nameof(Keep) };

    /// <summary>Stage, leader, supervision, linking staff's activities: the group's staff only.</summary>
    public static readonly OperationAuthorizationRequirement Steer = new() { Name = nameof(Steer) };

    public static void AddGroupsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Use, p => p.RequireRole([.. StaffRoles, Roles.GroupLeader]))
        .AddPolicy(Manage, p => p.RequireRole(StaffRoles));

    public static bool IsStaff(ClaimsPrincipal user) => StaffRoles.Any(user.IsInRole);
}

/// <summary>A group's staff (front line, the scope already chose the communities) may do both operations; its leader may keep it.</summary>
public sealed class GroupAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ResidentGroup>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ResidentGroup group)
    {
        var leads = group.LeaderUserId is not null && group.LeaderUserId == context.User.UserId();
        if (GroupsPolicies.IsStaff(context.User) || (requirement == GroupsPolicies.Keep && leads)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
