using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>How the client reached the worker.</summary>
public enum CaseSource
{
    HomeVisit = 1,
    ReferralIn = 2,
    Request = 3,
    WalkIn = 4,
    VolunteerReport = 5,
}

/// <summary>What lets Linli keep the file (PIPL Art. 13): the client's separate consent (a guardian's under 14), or a statutory duty.</summary>
public enum LegalBasis
{
    Consent = 1,
    Statutory = 2,
}

/// <summary>Open while the worker works; ClosingRequested once the worker asks to close; Closed when the supervisor signs it off.</summary>
public enum CaseStatus
{
    Open = 1,
    ClosingRequested = 2,
    Closed = 3,
}

public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum SessionMode
{
    Home = 1,
    Office = 2,
    Phone = 3,
    Online = 4,
}

/// <summary>What a line of the case's history is: a session with the client, the supervisor's review, a crisis, a transfer between workers, a closing sent back.</summary>
public enum CaseEntryKind
{
    Session = 1,
    Review = 2,
    Crisis = 3,
    Transfer = 4,
    ClosingReturned = 5,
}

/// <summary>
/// A social worker's case (个案) for one resident. Everything that describes the client — the problem, intake,
/// assessment, plan and closing — is sealed at rest; who holds the case, its state and its dates are not, so the
/// community's other staff can see that it exists and who holds it without reading it.
/// </summary>
public sealed class CareCase : ICommunityOwned
{
    public const int MaxText = 4000;
    public const int MaxShort = 200;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public CaseSource Source { get; private set; }
    public LegalBasis Basis { get; private set; }
    public ConsentGiver? ConsentBy { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public string WorkerId { get; private set; } = "";
    public string SupervisorId { get; private set; } = "";
    public CaseStatus Status { get; private set; } = CaseStatus.Open;

    [Sensitive] public string PresentingProblem { get; private set; } = "";

    /// <summary>A referral in must be answered by this day (the first-contact setting); null for other sources.</summary>
    public DateOnly? FirstContactDue { get; private set; }
    public DateOnly? FirstContactOn { get; private set; }

    [Sensitive] public string? Family { get; private set; }
    [Sensitive] public string? Health { get; private set; }
    [Sensitive] public string? Disability { get; private set; }
    [Sensitive] public string? Income { get; private set; }
    [Sensitive] public string? Support { get; private set; }
    [Sensitive] public string? Risks { get; private set; }

    [Sensitive] public string? Needs { get; private set; }
    [Sensitive] public string? Strengths { get; private set; }
    public RiskLevel? RiskLevel { get; private set; }
    public DateOnly? AssessedOn { get; private set; }

    [Sensitive] public string? Goals { get; private set; }
    [Sensitive] public string? Interventions { get; private set; }
    public string? Frequency { get; private set; }

    /// <summary>When the plan is next reviewed with the supervisor: set with the plan, moved on by each review.</summary>
    public DateOnly? ReviewOn { get; private set; }

    [Sensitive] public string? ClosingReason { get; private set; }
    [Sensitive] public string? ClosingSummary { get; private set; }
    [Sensitive] public string? ClientFeedback { get; private set; }
    public DateOnly? ClosingRequestedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private CareCase() { }

    public CareCase(int communityId, int residentId, (CaseSource Source, LegalBasis Basis, ConsentGiver? By) grounds, DateOnly openedOn, (string Worker, string Supervisor) holders,
        string presentingProblem, DateOnly? firstContactDue, DateTime at)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        (Source, Basis, ConsentBy) = grounds;
        OpenedOn = openedOn;
        (WorkerId, SupervisorId) = holders;
        PresentingProblem = presentingProblem;
        FirstContactDue = firstContactDue;
        CreatedAt = at;
    }

    public void RecordIntake(CaseIntake intake) =>
        (Family, Health, Disability, Income, Support, Risks) = (intake.Family, intake.Health, intake.Disability, intake.Income, intake.Support, intake.Risks);

    public void RecordAssessment(string? needs, string? strengths, RiskLevel risk, DateOnly on) => (Needs, Strengths, RiskLevel, AssessedOn) = (needs, strengths, risk, on);

    public void RecordPlan(string goals, string? interventions, string? frequency, DateOnly reviewOn) =>
        (Goals, Interventions, Frequency, ReviewOn) = (goals, interventions, frequency, reviewOn);

    public void Contacted(DateOnly on) => FirstContactOn ??= on;

    public void Reviewed(DateOnly nextReview) => ReviewOn = nextReview;

    public void RequestClosing(string reason, string summary, string? feedback, DateOnly on) =>
        (Status, ClosingReason, ClosingSummary, ClientFeedback, ClosingRequestedOn) = (CaseStatus.ClosingRequested, reason, summary, feedback, on);

    public void ReturnClosing() => (Status, ClosingRequestedOn) = (CaseStatus.Open, null);

    public void Close(DateOnly on) => (Status, ClosedOn) = (CaseStatus.Closed, on);

    public void TransferTo(string workerId) => WorkerId = workerId;
}

/// <summary>The intake's parts; each may stay empty until the worker knows it.</summary>
public sealed record CaseIntake(string? Family, string? Health, string? Disability, string? Income, string? Support, string? Risks);

/// <summary>One dated line of the case's history (see <see cref="CaseEntryKind"/>); its text is sealed.</summary>
public sealed class CaseEntry : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CaseId { get; private set; }
    public CaseEntryKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public SessionMode? Mode { get; private set; }
    [Sensitive] public string Content { get; private set; } = "";
    [Sensitive] public string? Response { get; private set; }
    [Sensitive] public string? NextStep { get; private set; }
    public string ById { get; private set; } = "";
    public DateTime At { get; private set; }

    private CaseEntry() { }

    public CaseEntry(CareCase care, CaseEntryKind kind, DateOnly on, SessionMode? mode, (string Content, string? Response, string? NextStep) text, string byId, DateTime at)
    {
        CommunityId = care.CommunityId;
        CaseId = care.Id;
        Kind = kind;
        On = on;
        Mode = mode;
        (Content, Response, NextStep) = text;
        ById = byId;
        At = at;
    }
}

/// <summary>A colleague the supervisor lets read the case (a covering worker, a team meeting); ended by revoking.</summary>
public sealed class CaseReader : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CaseId { get; private set; }
    public string UserId { get; private set; } = "";
    public string GrantedById { get; private set; } = "";
    public DateTime GrantedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    private CaseReader() { }

    public CaseReader(CareCase care, string userId, string grantedById, DateTime at)
    {
        CommunityId = care.CommunityId;
        CaseId = care.Id;
        UserId = userId;
        GrantedById = grantedById;
        GrantedAt = at;
    }

    public void Revoke(DateTime at) => RevokedAt = at;
}
