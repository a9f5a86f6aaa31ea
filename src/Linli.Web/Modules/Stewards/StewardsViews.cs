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
    IReadOnlyDictionary<string, int> Counts, bool Closed);
