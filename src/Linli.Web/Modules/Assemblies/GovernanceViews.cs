namespace Linli.Web.Modules.Assemblies;

/// <summary>A compound's rules for its votes; <c>covenantClause</c> is required to switch <c>nonVotersFollowMajority</c> on.</summary>
public sealed record RulesInput(bool? ParkingCounts, bool? NonVotersFollowMajority, string? CovenantClause);

public sealed record RulesView(int CompoundId, bool ParkingCounts, bool NonVotersFollowMajority, string? CovenantClause, string? UpdatedBy, DateTimeOffset? UpdatedAt);

/// <summary>
/// A founding document's new version: adopted by an assembly's item (whose signed count passed it), or — for a
/// version adopted before the compound used Linli — with <c>effectiveOn</c> and a <c>note</c> saying where the paper record is.
/// </summary>
public sealed record NewDocument(FoundingKind? Kind, int? AdoptedByAssemblyId, int? AdoptedByItemId, DateOnly? EffectiveOn, string? Note);

public sealed record DocumentView(int Id, FoundingKind Kind, int Version, int? AdoptedByAssemblyId, int? AdoptedByItemId, DateOnly EffectiveOn, string? Note, bool HasFile,
    DateTimeOffset RecordedAt);

public sealed record NewMember(string? Name, int? ResidentId, CommitteeRole? Role);

/// <summary>A committee term: its number, the assembly that elected it (counted, with election items), its dates and members.</summary>
public sealed record NewTerm(int? Number, int? ElectedByAssemblyId, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<NewMember>? Members);

public sealed record FilingInput(DateOnly? FiledOn, string? FiledWith);

public sealed record HandoverInput(DateOnly? HandedOverOn, string? Note);

public sealed record MemberView(int Id, string Name, int? ResidentId, CommitteeRole Role);

public sealed record TermView(int Id, int Number, int? ElectedByAssemblyId, DateOnly StartsOn, DateOnly EndsOn, DateOnly? FiledOn, string? FiledWith, DateOnly? HandedOverOn,
    string? HandoverNote, bool Current, IReadOnlyList<MemberView> Members);

/// <summary>Everything a compound's owners' organisation rests on: its rules, founding documents, committee terms.</summary>
public sealed record GovernanceView(int CompoundId, string Compound, RulesView Rules, IReadOnlyList<DocumentView> Documents, IReadOnlyList<TermView> Terms);
public sealed record TermCreated(int Id, int Number);
