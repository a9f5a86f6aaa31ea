using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Linli.Web.Modules.Care;

/// <summary>
/// Care holds the most sensitive data in Linli (PIPL Art. 28), so the door is narrow and the record decides the rest.
/// Cases and health records: the community's staff and social workers — not the platform administrator, the
/// street or district, nor group leaders. Which case one of them may read is a record-level rule
/// (<see cref="CaseAuthorizationHandler"/>): its worker, its supervisor and the colleagues the supervisor adds.
/// The request line: the community's front line (and the administrator); the street sees figures only.
/// </summary>
public static class CarePolicies
{
    public const string Cases = "CareCases";
    public const string Health = "CareHealth";
    public const string Requests = "CareRequests";
    public const string Figures = "CareFigures";

    public static readonly string[] CaseRoles = [Roles.CommunityStaff, Roles.SocialWorker];
    public static readonly string[] RequestRoles = [Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker];

    /// <summary>Read the file, its history and referrals; export its letters.</summary>
    public static readonly OperationAuthorizationRequirement ReadCase = new() { Name = nameof(ReadCase) };

    /// <summary>Intake, assessment, plan, sessions, referrals, asking to close: the worker holding the case.</summary>
    public static readonly OperationAuthorizationRequirement WorkCase = new() { Name = nameof(WorkCase) };

    /// <summary>Reviews, sign-off of the closing, transfer, who else may read: the supervisor.</summary>
    public static readonly OperationAuthorizationRequirement SuperviseCase = new() { Name = nameof(SuperviseCase) };

    public static void AddCarePolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Cases, p => p.RequireRole(CaseRoles))
        .AddPolicy(Health, p => p.RequireRole(CaseRoles))
        .AddPolicy(Requests, p => p.RequireRole(RequestRoles))
        .AddPolicy(Figures, p => p.RequireRole(Roles.Staff));
}

/// <summary>Who holds a case: what the record-level rule needs, and nothing of the client.</summary>
public sealed record CaseHolders(string WorkerId, string SupervisorId, IReadOnlyCollection<string> ReaderIds);

/// <summary>The worker works and reads, the supervisor supervises and reads, an added colleague only reads; no one else, whatever their role.</summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CaseHolders>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CaseHolders holders)
    {
        var user = context.User.UserId();
        var allowed = requirement.Name switch
        {
            nameof(CarePolicies.WorkCase) => user == holders.WorkerId,
            nameof(CarePolicies.SuperviseCase) => user == holders.SupervisorId,
            nameof(CarePolicies.ReadCase) => user == holders.WorkerId || user == holders.SupervisorId || holders.ReaderIds.Contains(user),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
