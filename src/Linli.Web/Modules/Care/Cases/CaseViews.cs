using Linli.Web.Platform.Privacy;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>A new case: the caller becomes its worker. <c>consentBy</c> is Guardian for a child under 14 (PIPL Art. 31).</summary>
public sealed record NewCase(int? ResidentId, CaseSource? Source, LegalBasis? Basis, string? PresentingProblem, string? SupervisorId, ConsentGiver? ConsentBy = null,
    DateOnly? OpenedOn = null);

public sealed record CaseCreated(int Id);

public sealed record NewSession(DateOnly? On, SessionMode? Mode, string? Content, string? Response = null, string? NextStep = null);

public sealed record NewAssessment(string? Needs, string? Strengths, RiskLevel? RiskLevel);

public sealed record NewPlan(string? Goals, string? Interventions, string? Frequency, DateOnly? ReviewOn);

/// <summary>The supervisor's review: what was found, and when to look again (defaults to the review setting).</summary>
public sealed record NewReview(string? Note, DateOnly? NextReviewOn);

public sealed record NewCrisis(DateOnly? On, string? Event, string? Response);

public sealed record ClosingRequest(string? Reason, string? Summary, string? Feedback = null);

/// <summary>The supervisor sends a closing back with a reason.</summary>
public sealed record ClosingReturn(string? Note);

public sealed record CaseTransfer(string? WorkerId, string? Note);

public sealed record CaseReaderGrant(string? UserId);

public sealed record EntryCreated(int Id);

public sealed record CaseState(int Id, CaseStatus Status);

/// <summary>
/// A case in the community's list. Whoever may read it sees the client and the dates due; every other colleague sees
/// only that it exists, its state and who holds it (<see cref="Client"/> null).
/// </summary>
public sealed record CaseLine(int Id, CaseStatus Status, DateOnly OpenedOn, string Worker, string Supervisor, bool CanRead, string? Client,
    DateOnly? FirstContactDue, DateOnly? ReviewOn, bool Due);

public sealed record CaseEntryView(int Id, CaseEntryKind Kind, DateOnly On, SessionMode? Mode, string Content, string? Response, string? NextStep, string By);

public sealed record ReferralView(int Id, string To, string? Contact, string Need, bool Consent, DateOnly SentOn, ReferralStatus Status, string? Feedback, DateOnly? ChaseOn,
    DateOnly? ClosedOn, int? PartnerId);

/// <summary>The whole file, as its worker, supervisor or an added reader sees it; what they may do is in <see cref="CanWork"/> and <see cref="CanSupervise"/>.</summary>
public sealed record CaseDetail(int Id, int CommunityId, int ResidentId, string Client, int ClientAge, CaseSource Source, LegalBasis Basis, ConsentGiver? ConsentBy,
    DateOnly OpenedOn, CaseStatus Status, string WorkerId, string Worker, string SupervisorId, string Supervisor, string PresentingProblem, CaseIntake Intake,
    string? Needs, string? Strengths, RiskLevel? RiskLevel, DateOnly? AssessedOn, string? Goals, string? Interventions, string? Frequency, DateOnly? ReviewOn,
    DateOnly? FirstContactDue, DateOnly? FirstContactOn, string? ClosingReason, string? ClosingSummary, string? ClientFeedback, DateOnly? ClosingRequestedOn,
    DateOnly? ClosedOn, IReadOnlyList<CaseEntryView> Entries, IReadOnlyList<ReferralView> Referrals, IReadOnlyList<string> Readers, bool CanWork, bool CanSupervise,
    IReadOnlyList<AccessRecordView> Reads);

/// <summary>A referral to <c>to</c>, or to a registered partner (<c>partnerId</c>; <c>to</c> then defaults to its name).</summary>
public sealed record NewReferral(string? To, string? Need, bool? Consent, string? Contact = null, DateOnly? ChaseOn = null, int? PartnerId = null);

public sealed record ReferralUpdate(ReferralStatus? Status, string? Feedback, DateOnly? ChaseOn);

public sealed record ReferralCreated(int Id);
