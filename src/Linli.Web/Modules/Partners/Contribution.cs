using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Partners;

public enum ContributionKind
{
    /// <summary>Money received; its value is the amount.</summary>
    Cash = 1,
    /// <summary>Goods (rice and oil, prizes for the exchange shop); their value is stated.</summary>
    Goods = 2,
    /// <summary>Professional sessions: a doctor's clinic morning, a lecture.</summary>
    Sessions = 3,
    /// <summary>Hours of volunteering by the partner's people.</summary>
    Hours = 4,
    /// <summary>Use of the partner's room or ground, in hours.</summary>
    VenueUse = 5,
}

/// <summary>
/// What a partner gave a community, with its value in fen and the rule that valued it: the amount received, the value
/// stated on the receipt, or for sessions and hours the quantity at the rate in settings (<see cref="PartnersOptions"/>)
/// — written down so that leverage (contributions / grant) is honest. Linked to what it served: an activity or a grant
/// project of the same community.
/// </summary>
public sealed class Contribution : ICommunityOwned
{
    public const int MaxNote = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int PartnerId { get; private set; }
    public int? OfferId { get; private set; }
    public ContributionKind Kind { get; private set; }
    public decimal Quantity { get; private set; }
    public long ValueFen { get; private set; }
    /// <summary>True when the value comes from the settings' rate, not from a receipt.</summary>
    public bool Estimated { get; private set; }
    public string ValuationRule { get; private set; } = "";
    public DateOnly On { get; private set; }
    public int? ActivityId { get; private set; }
    public int? GrantProjectId { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Contribution() { }

    public Contribution(int communityId, int partnerId, int? offerId, ContributionKind kind, decimal quantity, long valueFen, bool estimated, string valuationRule,
        DateOnly on, string recordedBy, DateTime now)
    {
        CommunityId = communityId;
        PartnerId = partnerId;
        OfferId = offerId;
        Kind = kind;
        Quantity = quantity;
        ValueFen = valueFen;
        Estimated = estimated;
        ValuationRule = valuationRule;
        On = on;
        RecordedBy = recordedBy;
        CreatedAt = now;
    }

    public void Served(int? activityId, int? grantProjectId, string? note)
    {
        ActivityId = activityId;
        GrantProjectId = grantProjectId;
        Note = note;
    }
}

public enum LinkageOutcome
{
    Pending = 1,
    Delivered = 2,
    Declined = 3,
}

/// <summary>
/// 资源链接: a need of the community's needs list matched to a partner (and the offer that answers it), with what came of it.
/// </summary>
public sealed class Linkage : ICommunityOwned
{
    public const int MaxFeedback = 1000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int NeedId { get; private set; }
    public int PartnerId { get; private set; }
    public int? OfferId { get; private set; }
    public LinkageOutcome Outcome { get; private set; } = LinkageOutcome.Pending;
    public string? Feedback { get; private set; }
    public string LinkedBy { get; private set; } = "";
    public DateOnly LinkedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    private Linkage() { }

    public Linkage(int communityId, int needId, int partnerId, int? offerId, string linkedBy, DateOnly on)
    {
        CommunityId = communityId;
        NeedId = needId;
        PartnerId = partnerId;
        OfferId = offerId;
        LinkedBy = linkedBy;
        LinkedOn = on;
    }

    public void Close(LinkageOutcome outcome, string? feedback, DateOnly on)
    {
        Outcome = outcome;
        Feedback = feedback;
        ClosedOn = outcome == LinkageOutcome.Pending ? null : on;
    }
}
