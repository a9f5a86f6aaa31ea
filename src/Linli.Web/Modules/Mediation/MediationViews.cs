namespace Linli.Web.Modules.Mediation;

/// <summary>A new case; <c>respondent</c> left empty while nobody knows who it is; <c>openedOn</c> defaults to today.</summary>
public sealed record NewMediation(int? CommunityId, MediationIssue? Issue, MediationChannel? Channel, string? Complainant, string? Summary, string? Respondent = null,
    int? RegionId = null, DateOnly? OpenedOn = null, string? Worker = null);

public sealed record NewMediationStep(MediationStepKind? Kind, string? Note, DateOnly? On = null, bool? WithComplainant = null, string? Letter = null, string? PostedAt = null);

/// <summary>The outcome and the day to check that it held; an escalation names where the case went.</summary>
public sealed record MediationResult(MediationOutcome? Outcome, string? Note, DateOnly? FollowUpOn, EscalatedTo? EscalatedTo = null, string? AgreementNo = null);

public sealed record FollowUpCheck(bool? Held, string? Note);

public sealed record MediationCreated(int Id);

public sealed record StepCreated(int Id);

/// <summary>A case as the list shows it: what kind, where, how far — no names, so listing is not reading.</summary>
public sealed record MediationLine(int Id, int CommunityId, string Place, MediationIssue Issue, MediationChannel Channel, DateOnly OpenedOn, MediationStatus Status,
    string Worker, DateOnly? FollowUpOn, bool FollowUpDue, int Steps);

public sealed record MediationStepView(int Id, DateOnly On, MediationStepKind Kind, bool WithComplainant, string Note, string? Letter, string? PostedAt, bool HasPhoto,
    string By);

public sealed record MediationDetail(int Id, int CommunityId, string Place, MediationIssue Issue, MediationChannel Channel, DateOnly OpenedOn, MediationStatus Status,
    string Worker, string Complainant, string? Respondent, string Summary, MediationOutcome? Outcome, string? OutcomeNote, EscalatedTo? EscalatedTo,
    string? AgreementNo, DateOnly? FollowUpOn, DateOnly? CheckedOn, bool? HeldAtCheck, string? CheckNote, IReadOnlyList<MediationStepView> Steps);

/// <summary>Counts per issue over a period: opened, still open, settled (fully or partly), escalated.</summary>
public sealed record MediationCount(MediationIssue Issue, int Opened, int Open, int Settled, int Escalated);
