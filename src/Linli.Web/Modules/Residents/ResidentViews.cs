using Linli.Web.Modules.Residents.Care;

namespace Linli.Web.Modules.Residents;

/// <summary>A resident as lists show them: ID number and phone masked.</summary>
public sealed record ResidentSummary(int Id, int CommunityId, int HouseholdId, int? UnitId, string? UnitLabel, string Name, Gender Gender,
    DateOnly BirthDate, int Age, string? IdNumberMasked, string? PhoneMasked, IReadOnlyList<string> Tags, ResidentStatus Status);

/// <summary>One resident's page: everything the register knows, masked, with sensitive tags only for those allowed.</summary>
public sealed record ResidentDetail(ResidentSummary Resident, string? RelationToHead, DateOnly? MovedInOn, DateOnly? StatusOn, string? Notes,
    IReadOnlyList<ResidentSummary> Household, IReadOnlyList<CareFlagDetail>? SensitiveTags, RecipientView? Care, IReadOnlyList<VisitView> Visits);

public sealed record RecipientView(CareGrade Grade, string Responsible, string? Needs, DateOnly StartedOn, DateOnly? LastContact, DateOnly NextContactDue);

public sealed record VisitView(int Id, DateOnly On, VisitKind Kind, string Visitor, string Findings, string? Needs, string? FollowUp, string RecordedBy);

public sealed record ResidentPage(IReadOnlyList<ResidentSummary> Items, string? Next);

/// <summary>The filters of the register list; every one optional.</summary>
public sealed record ResidentQuery(int? CommunityId = null, int? RegionId = null, string? Tag = null, string? Q = null, CareGrade? Grade = null,
    int Limit = 50, string? After = null);
