namespace Linli.Web.Modules.Volunteers.Recognition;

public sealed record RecognitionRoundRequest(int? CommunityId, string? Title, DateOnly? From, DateOnly? To, RecognitionWeights? Weights, int? Places, int? GroupId = null);

/// <summary>Certificates for a decided round's awardees: issued jointly with <c>coIssuer</c> when given (the project's executing organization).</summary>
public sealed record RoundCertificatesRequest(string? CoIssuer, bool? Sealed);

public sealed record RecognitionRoundLine(int Id, string Title, DateOnly From, DateOnly To, RecognitionWeights Weights, int Places, DateTimeOffset? DecidedAt);

public sealed record RoundLine(int Rank, int VolunteerId, string VolunteerNumber, string Name, int Services, decimal Hours, decimal? Performance, decimal Score,
    string? CertificateNumber = null);

/// <summary>
/// A round with its ranking computed now from the records, and, once decided, the awardees as frozen then;
/// <c>reproduced</c> says whether recomputing still gives the same awardees with the same scores (null before the decision).
/// </summary>
public sealed record RecognitionRoundView(int Id, int CommunityId, string Title, DateOnly From, DateOnly To, int? GroupId, RecognitionWeights Weights, int Places,
    DateTimeOffset? DecidedAt, IReadOnlyList<RoundLine> Ranking, IReadOnlyList<RoundLine> Awarded, bool? Reproduced);

public sealed record RoundCreated(int Id);
