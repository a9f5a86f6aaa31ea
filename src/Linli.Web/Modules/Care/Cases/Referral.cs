using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>Sent, then accepted by the receiver and finally served — or declined, or never answered.</summary>
public enum ReferralStatus
{
    Sent = 1,
    Accepted = 2,
    Served = 3,
    Declined = 4,
    NoAnswer = 5,
}

/// <summary>
/// A need of a case passed to a department or a partner (一一联系对接部门). It shares the client's personal
/// information with someone outside the community, so it is refused unless the client consented to this referral
/// or the case rests on a statutory basis.
/// </summary>
public sealed class Referral : ICommunityOwned
{
    public const int MaxTo = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CaseId { get; private set; }

    /// <summary>The department or partner organization receiving it, and the person there.</summary>
    public string To { get; private set; } = "";
    public string? Contact { get; private set; }

    /// <summary>The registered partner receiving it (资源链接), if it is one: its page counts the referrals it took.</summary>
    public int? PartnerId { get; private set; }
    [Sensitive] public string Need { get; private set; } = "";
    public bool Consent { get; private set; }
    public DateOnly SentOn { get; private set; }
    public ReferralStatus Status { get; private set; } = ReferralStatus.Sent;
    [Sensitive] public string? Feedback { get; private set; }

    /// <summary>When to ask again if the receiver has not answered; null once it is served, declined or given up.</summary>
    public DateOnly? ChaseOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string ById { get; private set; } = "";

    private Referral() { }

    public Referral(CareCase care, (string To, string? Contact, int? PartnerId) receiver, string need, bool consent, DateOnly sentOn, DateOnly chaseOn, string byId)
    {
        CommunityId = care.CommunityId;
        CaseId = care.Id;
        (To, Contact, PartnerId) = receiver;
        Need = need;
        Consent = consent;
        SentOn = sentOn;
        ChaseOn = chaseOn;
        ById = byId;
    }

    public bool IsFinal => Status is ReferralStatus.Served or ReferralStatus.Declined or ReferralStatus.NoAnswer;

    public void Update(ReferralStatus status, string? feedback, DateOnly? chaseOn, DateOnly today)
    {
        Status = status;
        Feedback = feedback ?? Feedback;
        ChaseOn = IsFinal ? null : chaseOn ?? ChaseOn;
        ClosedOn = IsFinal ? today : null;
    }
}
