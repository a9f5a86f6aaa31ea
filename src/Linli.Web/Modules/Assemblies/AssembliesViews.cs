using Linli.Web.Modules.Residents.Owners;

namespace Linli.Web.Modules.Assemblies;

/// <summary>What a form or the API asks of a new assembly, before checking; <c>votingPoints</c> optional.</summary>
public sealed record NewAssembly(int? CompoundId, string? Title, AssemblyMethod? Method, DateOnly? NoticedOn, DateTime? OpensAt, DateTime? ClosesAt,
    IReadOnlyList<NewItem>? Items, IReadOnlyList<NewVotingPoint>? VotingPoints = null);

/// <summary>A place owners hand in ballots, and its hours as announced ("每日 9:00–12:00、19:00–21:00").</summary>
public sealed record NewVotingPoint(string? Place, string? Hours);

public sealed record VotingPointView(string Place, string Hours);

public sealed record NewItem(string? Title, Matter? Matter);

/// <summary>
/// A ballot as entered: the owner on the roll, how it came in, a choice on every item; for paper, who collected it
/// and, when a proxy signed for the owner, the proxy's name (their document is attached after).
/// </summary>
public sealed record NewBallot(int? VoterId, BallotChannel? Channel, IReadOnlyList<NewChoice>? Choices, string? CollectedBy = null, string? ProxyName = null);

/// <summary>An owner's own ballot from the portal: a choice on every item.</summary>
public sealed record OwnBallot(IReadOnlyList<NewChoice>? Choices);

/// <summary>A ballot as staff list it: who entered and collected it, the proxy, whether its papers are attached; never its choices.</summary>
public sealed record BallotLine(int Id, int VoterId, string Voter, BallotChannel Channel, DateTimeOffset EnteredAt, string EnteredBy, string? CollectedBy, string? ProxyName,
    bool HasScan, bool HasProxyDocument);

/// <summary>What a receipt tells anyone who holds it: that a ballot with it is in the count, how and when it came in; never whose or how it voted.</summary>
public sealed record ReceiptCheck(string Receipt, BallotChannel Channel, DateTimeOffset EnteredAt);

/// <summary>An assembly in which the signed-in resident is an owner on the frozen roll, with their ballot's receipt once they voted.</summary>
public sealed record MyAssembly(int Id, string Title, AssemblyMethod Method, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, AssemblyStatus Status, int VoterId,
    decimal Area, string? Receipt, BallotChannel? Channel, DateTimeOffset? VotedAt);

public sealed record NewChoice(int? ItemId, Choice? Choice);

public sealed record ItemView(int Id, string Title, Matter Matter, PassRule Rule);

public sealed record AssemblyView(int Id, int CommunityId, int CompoundId, string Title, AssemblyMethod Method, DateOnly NoticedOn,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, AssemblyStatus Status, IReadOnlyList<ItemView> Items, IReadOnlyList<VotingPointView> VotingPoints);

/// <summary>An owner on the roll: <see cref="Id"/> is null until the assembly opens and the roll is frozen.</summary>
public sealed record RollVoterView(int? Id, string Label, OwnerKind? Kind, IReadOnlyList<int> Units, decimal Area);

/// <summary>The roll: owners and total area (m², two decimals), and how many units have no owner on the register.</summary>
public sealed record RollView(bool Frozen, int Owners, decimal TotalArea, int Unregistered, IReadOnlyList<RollVoterView> Voters);

public sealed record BallotReceipt(int Id, string Receipt);

/// <summary>An owner still to vote, with their flats' labels (楼栋 单元 门牌) and the last knock: a line of the door-to-door list.</summary>
public sealed record PendingVoter(int VoterId, string Label, IReadOnlyList<string> Flats, decimal Area, DoorOutcome? LastOutcome, DateTimeOffset? LastAttemptAt, int Attempts);

public sealed record NewAttempt(int? VoterId, DoorOutcome? Outcome, string? Note);

/// <summary>Owners and area (m², two decimals) on one side of a count.</summary>
public sealed record Tally(int Owners, decimal Area)
{
    public static Tally Of(Weight weight) => new(weight.Owners, OwnersRoll.SquareMetres(weight.AreaHundredths));
}

public sealed record ParticipationView(int Owners, decimal Area, int TotalOwners, decimal TotalArea, bool Reached);

public sealed record ItemResult(int Id, string Title, Matter Matter, PassRule Rule, Tally Agree, Tally Against, Tally Abstain, bool Passed);

/// <summary>
/// The count: raw figures, whether participation reached two thirds of owners and area, each item's rule and outcome;
/// <c>deemed</c> only where the compound's covenant adds non-voters to the majority (null otherwise).
/// </summary>
public sealed record ResultView(AssemblyStatus Status, ParticipationView Participation, IReadOnlyList<ItemResult> Items, DeemedView? Deemed = null);

/// <summary>
/// The figures as the covenant's clause would have them (未参与表决的计入已表决的多数票), beside the raw ones: the
/// non-voters added to the side that has more owners <b>and</b> more area among those who voted; where the sides split
/// or tie, nothing is added. The clause is quoted, since the rule is disputed since the Civil Code.
/// </summary>
public sealed record DeemedView(string Clause, Tally NonVoters, IReadOnlyList<DeemedItem> Items);

public sealed record DeemedItem(int Id, Choice? Majority, Tally Agree, Tally Against, Tally Abstain, bool Passed);
