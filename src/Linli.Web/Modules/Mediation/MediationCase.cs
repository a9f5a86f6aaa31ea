using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Mediation;

public enum MediationIssue
{
    Noise = 1,
    Animals = 2,
    Parking = 3,
    Property = 4,
    Neighbours = 5,
    Other = 6,
}

/// <summary>How the conflict reached the community: a residents' WeChat group, the request line, a visit, at the door, by phone, passed on.</summary>
public enum MediationChannel
{
    WeChatGroup = 1,
    RequestLine = 2,
    Visit = 3,
    WalkIn = 4,
    Phone = 5,
    Referral = 6,
}

/// <summary>Open while the worker and the complainant act; waiting for the follow-up check once an outcome is recorded; closed after it.</summary>
public enum MediationStatus
{
    Open = 1,
    FollowUp = 2,
    Closed = 3,
}

public enum MediationOutcome
{
    Settled = 1,
    PartlySettled = 2,
    NotSettled = 3,
    Escalated = 4,
}

/// <summary>Where a conflict the community cannot settle goes: the people's mediation committee (人民调解法), the police, the property company, a department.</summary>
public enum EscalatedTo
{
    PeoplesMediation = 1,
    Police = 2,
    PropertyCompany = 3,
    Department = 4,
}

/// <summary>What the worker and the complainant did together (陪伴式调解): never the worker alone in place of the resident.</summary>
public enum MediationStepKind
{
    JointSearch = 1,
    JointVisit = 2,
    Talk = 3,
    LetterDrafted = 4,
    LetterPosted = 5,
    Acknowledgement = 6,
    Other = 7,

    /// <summary>The follow-up check after an outcome ("第二天真的没有听到鸡叫"), written by the service, not chosen by hand.</summary>
    FollowUpCheck = 8,
}

/// <summary>
/// A neighbours' conflict a social worker helps a resident settle. Whatever names or describes people — the parties,
/// what happened, every note — is sealed at rest; the list shows only kind, place and state, and each opening of a
/// case is an access record.
/// </summary>
public sealed class MediationCase : ICommunityOwned
{
    public const int MaxName = 50;
    public const int MaxText = 2000;
    public const int MaxWorker = 50;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>Where it happens: the community or a compound, building or courtyard of it (the rooster's 5栋).</summary>
    public int RegionId { get; private set; }
    public MediationIssue Issue { get; private set; }
    public MediationChannel Channel { get; private set; }
    public DateOnly OpenedOn { get; private set; }

    /// <summary>The accompanying social worker or staff member.</summary>
    public string Worker { get; private set; } = "";
    [Sensitive] public string Complainant { get; private set; } = "";

    /// <summary>Null while nobody knows who it is (the rooster's owner was never found).</summary>
    [Sensitive] public string? Respondent { get; private set; }
    [Sensitive] public string Summary { get; private set; } = "";
    public MediationStatus Status { get; private set; } = MediationStatus.Open;
    public MediationOutcome? Outcome { get; private set; }
    [Sensitive] public string? OutcomeNote { get; private set; }
    public EscalatedTo? EscalatedTo { get; private set; }

    /// <summary>The number of a 人民调解协议书 when a formal mediator settled it.</summary>
    public string? AgreementNo { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }
    public DateOnly? CheckedOn { get; private set; }
    public bool? HeldAtCheck { get; private set; }
    [Sensitive] public string? CheckNote { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private MediationCase() { }

    public MediationCase(int communityId, int regionId, (MediationIssue Issue, MediationChannel Channel, DateOnly On) opened, string worker,
        (string Complainant, string? Respondent, string Summary) parties, string by, DateTime at)
    {
        CommunityId = communityId;
        RegionId = regionId;
        (Issue, Channel, OpenedOn) = opened;
        Worker = worker;
        (Complainant, Respondent, Summary) = parties;
        CreatedBy = by;
        CreatedAt = at;
    }
}

/// <summary>One thing done on the case, dated: with the complainant or not, a note, the letter's text, where it was posted, a photo.</summary>
public sealed class MediationStep : ICommunityOwned
{
    public const int MaxPlace = 100;
    public const int MaxLetter = 4000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CaseId { get; private set; }
    public DateOnly On { get; private set; }
    public MediationStepKind Kind { get; private set; }
    public bool WithComplainant { get; private set; }
    [Sensitive] public string Note { get; private set; } = "";

    /// <summary>The persuasion letter (文明劝导函) as drafted with the complainant.</summary>
    [Sensitive] public string? Letter { get; private set; }
    public string? PostedAt { get; private set; }
    public Guid? PhotoFileId { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    private MediationStep() { }

    public MediationStep(MediationCase mediation, DateOnly on, MediationStepKind kind, bool withComplainant, (string Note, string? Letter, string? PostedAt) content,
        string by, DateTime at)
    {
        CommunityId = mediation.CommunityId;
        CaseId = mediation.Id;
        On = on;
        Kind = kind;
        WithComplainant = withComplainant;
        (Note, Letter, PostedAt) = content;
        By = by;
        At = at;
    }

    public void Attach(Guid fileId) => PhotoFileId = fileId;
}
