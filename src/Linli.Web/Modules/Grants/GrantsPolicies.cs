using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Linli.Web.Modules.Grants;

/// <summary>
/// Who does what in a grant program. The district's officers (or the platform) set programs up, award and review
/// reports; a community's staff and social workers and the social organizations apply; any staff member not working
/// for the applying organization reviews (the service refuses the organization's own people); a community's staff
/// endorse their community's applications; a project's community (staff, social workers) and its organization report
/// and evaluate its activities; a third-party evaluator reads the projects of its region and records final evaluations.
/// Which program, application or project a caller sees is the scope's business (<see cref="Platform.Scoping.IOrganizationRun"/>).
/// </summary>
public static class GrantsPolicies
{
    public const string Read = "GrantsRead";
    public const string Manage = "GrantsManage";
    public const string Apply = "GrantsApply";
    public const string Review = "GrantsReview";
    public const string Endorse = "GrantsEndorse";
    public const string Report = "GrantsReport";
    /// <summary>An organization's own account: applies only for its organization, never sees scores or reviews.</summary>
    public const string Organization = "GrantsOrganization";
    /// <summary>The third party's final evaluation of a project.</summary>
    public const string Evaluate = "GrantsEvaluate";

    public static readonly string[] Managers = [Roles.PlatformAdmin, Roles.DistrictOfficer];
    public static readonly string[] Readers = [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.CommunityStaff, Roles.SocialWorker, Roles.SocialOrganization, Roles.Evaluator];
    public static readonly string[] Applicants = [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.CommunityStaff, Roles.SocialWorker, Roles.SocialOrganization];
    public static readonly string[] Reviewers = [Roles.PlatformAdmin, Roles.DistrictOfficer, Roles.StreetOfficer, Roles.CommunityStaff, Roles.SocialWorker];
    public static readonly string[] Reporters = [Roles.PlatformAdmin, Roles.CommunityStaff, Roles.SocialWorker, Roles.SocialOrganization];

    public static void AddGrantsPolicies(this AuthorizationBuilder auth) => auth
        .AddPolicy(Read, p => p.RequireRole(Readers))
        .AddPolicy(Manage, p => p.RequireRole(Managers))
        .AddPolicy(Apply, p => p.RequireRole(Applicants))
        .AddPolicy(Review, p => p.RequireRole(Reviewers))
        .AddPolicy(Endorse, p => p.RequireRole(Roles.CommunityStaff))
        .AddPolicy(Report, p => p.RequireRole(Reporters))
        .AddPolicy(Organization, p => p.RequireRole(Roles.SocialOrganization))
        .AddPolicy(Evaluate, p => p.RequireRole(Roles.PlatformAdmin, Roles.Evaluator));
}
