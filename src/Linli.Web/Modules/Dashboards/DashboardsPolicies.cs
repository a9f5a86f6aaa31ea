using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// Who reads figures: the register's readers (district, street and community staff, social workers, the administrator),
/// each within their scope. Who hands in a monthly report: the office the report is of — a community's staff its
/// community's, a street officer the street's summary, a district officer the district's (<see cref="ReportSubmissionHandler"/>),
/// and the administrator.
/// </summary>
public static class DashboardsPolicies
{
    public const string Read = "DashboardsRead";
    public const string Submit = "DashboardsSubmit";

    public static readonly string[] SubmitRoles = [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.CommunityStaff];

    /// <summary>Hand in the report of a region of this kind (the resource: its <see cref="RegionKind"/>).</summary>
    public static readonly OperationAuthorizationRequirement SubmitReport = new() { Name = nameof(SubmitReport) };

    public static void AddDashboardsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(Residents.ResidentsPolicies.ReadRoles))
        .AddPolicy(Submit, p => p.RequireRole(SubmitRoles));
}

/// <summary>A report is handed in by the office it is of: community staff a community's, a street officer a street's, a district officer a district's.</summary>
public sealed class ReportSubmissionHandler : AuthorizationHandler<OperationAuthorizationRequirement, RegionKind>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RegionKind kind)
    {
        var user = context.User;
        var allowed = requirement.Name == nameof(DashboardsPolicies.SubmitReport) && (user.IsInRole(Roles.PlatformAdmin) || kind switch
        {
            RegionKind.Community => user.IsInRole(Roles.CommunityStaff),
            RegionKind.Street => user.IsInRole(Roles.StreetOfficer),
            RegionKind.District => user.IsInRole(Roles.DistrictOfficer),
            _ => false,
        });
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
