namespace Linli.Web.Modules.Stewards;

public sealed record StewardsCreated(int Id);

/// <summary>A consultation of the community's households (or of a compound or building of it, <c>regionId</c>), with its answers (<c>options</c>, 2–10).</summary>
public sealed record NewConsultation(int? CommunityId, string? Title, IReadOnlyList<string>? Options, int? RegionId = null, string? Details = null);

/// <summary>A household's answer, taken at the door: <c>option</c> one of the consultation's.</summary>
public sealed record NewConsultationAnswer(int? HouseholdId, string? Option);

public sealed record ConsultationView(int Id, int CommunityId, int RegionId, string Title, string? Details, IReadOnlyList<string> Options, bool Closed);

/// <summary>
/// The result: the households asked (living in the place), how many answered, and each option's share of the answers
/// in percent, rounded once to two decimals (away from zero), with the counts it comes from.
/// </summary>
public sealed record ConsultationResult(int ConsultationId, string Title, int Households, int Answered, IReadOnlyDictionary<string, decimal> Shares,
    IReadOnlyDictionary<string, int> Counts, bool Closed, int? NoticeId = null);

/// <summary>
/// An adoption: <c>kind</c> Plant|Bed|GreenPatch; a child adopter needs <c>guardianId</c>, one of their recorded
/// guardians; <c>countsAsService</c> when the adopter is a registered volunteer whose care hours go into their service record.
/// </summary>
public sealed record NewAdoption(AdoptionKind? Kind, string? Item, string? Place, int? AdopterId, bool? ByFamily = null, int? GuardianId = null, string? Duties = null,
    DateOnly? From = null, bool? CountsAsService = null);

/// <summary>A care entry: what was done, the day (today when not given), the hours it took (optional).</summary>
public sealed record NewCare(string? Note, DateOnly? On = null,
    [property: System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)] decimal? Hours = null);

public sealed record HandBack(DateOnly? On);

public sealed record AdoptionLine(int Id, int CommunityId, AdoptionKind Kind, string Item, string Place, int AdopterId, string Adopter, bool ByFamily, int? GuardianId,
    string? Guardian, DateOnly From, DateOnly? To, int CareEntries, DateOnly? LastCare, bool CountsAsService);

public sealed record AdoptionDetail(AdoptionLine Adoption, string? Duties, IReadOnlyList<CareLine> Care);

/// <summary>A care entry; <c>serviceRecordId</c> the volunteer's service record its hours went into.</summary>
public sealed record CareLine(int Id, DateOnly On, string Note, decimal? Hours, bool HasPhoto, int? ServiceRecordId);

/// <summary>A steward: a resident living in the building or entrance (<c>regionId</c>) they look after, from a day.</summary>
public sealed record NewSteward(int? RegionId, int? ResidentId, DateOnly? From = null);

public sealed record StewardLine(int Id, int RegionId, string Place, int ResidentId, string Steward, DateOnly From, DateOnly? To, int Households);

public sealed record StewardHouseholds(int Id, string Place, string Steward, IReadOnlyList<HouseholdLine> Households);

public sealed record HouseholdLine(int HouseholdId, string? Unit, IReadOnlyList<string> Members);

public sealed record StewardPlace(int Id, string Label);
