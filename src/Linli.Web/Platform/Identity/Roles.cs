namespace Linli.Web.Platform.Identity;

public static class Roles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string DistrictOfficer = nameof(DistrictOfficer);
    public const string StreetOfficer = nameof(StreetOfficer);
    public const string CommunityStaff = nameof(CommunityStaff);
    public const string SocialWorker = nameof(SocialWorker);
    public const string GroupLeader = nameof(GroupLeader);
    public const string Resident = nameof(Resident);

    /// <summary>
    /// An account of a social organization (社会组织) registered as a partner: it applies for grants and reports on its
    /// projects, and sees its own organization's applications and projects — no community's records, no resident's.
    /// </summary>
    public const string SocialOrganization = nameof(SocialOrganization);

    /// <summary>
    /// A third-party evaluator (第三方评估机构) of grant projects: assigned to a region like an officer, it reads the
    /// projects' evidence there — figures, reports, milestones, spending, cases — and records final evaluations. It is
    /// given no other module's policy, so never a resident's record.
    /// </summary>
    public const string Evaluator = nameof(Evaluator);

    public static readonly string[] All =
        [PlatformAdmin, DistrictOfficer, StreetOfficer, CommunityStaff, SocialWorker, GroupLeader, Resident, SocialOrganization, Evaluator];

    /// <summary>Whose scope is the regions they are assigned to: the staff and the evaluators.</summary>
    public static readonly string[] RegionAssigned =
        [PlatformAdmin, DistrictOfficer, StreetOfficer, CommunityStaff, SocialWorker, GroupLeader, Evaluator];

    /// <summary>Everyone who works in the console.</summary>
    public static readonly string[] Staff =
        [PlatformAdmin, DistrictOfficer, StreetOfficer, CommunityStaff, SocialWorker, GroupLeader];

    /// <summary>Who serves residents in person: runs activities, signs people up, works the reading room desk.</summary>
    public static readonly string[] FrontLine = [PlatformAdmin, StreetOfficer, CommunityStaff, SocialWorker];
}
