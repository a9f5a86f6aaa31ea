using System.Text.Json.Serialization;

namespace Linli.Web.Modules.Partners;

/// <summary>A partner registered by a district, street or community (<c>regionId</c>); <c>creditCode</c> is checked against GB 32100.</summary>
public sealed record NewPartner(int? RegionId, string? Name, PartnerKind? Kind, string? CreditCode, string? ContactName = null, string? ContactPhone = null,
    string? Address = null, string? Areas = null, DateOnly? AgreementFrom = null, DateOnly? AgreementTo = null, string? Conditions = null);

public sealed record PartnerCreated(int Id);

public sealed record NewOffer(OfferKind? Kind, string? Description, string? Conditions);

/// <summary>An account for a social organization's staff: they apply for grants and report on their projects.</summary>
public sealed record NewPartnerAccount(string? UserName, string? DisplayName, string? Password);

public sealed record PartnerAccountCreated(string UserId, string UserName);

/// <summary>
/// A contribution received by a community: <c>value</c> in yuan (required for cash and goods; for sessions, hours and
/// room use it defaults to the quantity at the rate in settings), what it served (<c>activityId</c>, <c>grantProjectId</c>).
/// </summary>
public sealed record NewContribution(int? CommunityId, ContributionKind? Kind, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Quantity,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Value = null, DateOnly? On = null, int? OfferId = null, int? ActivityId = null,
    int? GrantProjectId = null, string? Note = null);

public sealed record ContributionCreated(int Id, decimal Value, bool Estimated, string ValuationRule);

/// <summary>A need of the community's needs list matched to this partner (and one of its offers).</summary>
public sealed record NewLinkage(int? NeedId, int? OfferId = null);

public sealed record LinkageUpdate(LinkageOutcome? Outcome, string? Feedback);

public sealed record PartnerLine(int Id, string Name, PartnerKind Kind, string? CreditCode, int RegionId, string? Areas, PartnerStatus Status, DateOnly? AgreementTo,
    bool AgreementExpiring, int Offers, decimal Contributed);

public sealed record OfferView(int Id, OfferKind Kind, string Description, string? Conditions);

public sealed record ContributionView(int Id, int CommunityId, ContributionKind Kind, decimal Quantity, decimal Value, bool Estimated, string ValuationRule, DateOnly On,
    int? OfferId, int? ActivityId, int? GrantProjectId, string? Note, string RecordedBy);

public sealed record LinkageView(int Id, int CommunityId, int NeedId, int? OfferId, LinkageOutcome Outcome, string? Feedback, string LinkedBy, DateOnly LinkedOn, DateOnly? ClosedOn);

/// <summary>A partner's page: the contact's phone masked, its offers, what it gave in the caller's communities, the needs it answers, its accounts.</summary>
public sealed record PartnerDetail(int Id, string Name, PartnerKind Kind, string? CreditCode, int RegionId, string? ContactName, string? ContactPhone, string? Address,
    string? Areas, DateOnly? AgreementFrom, DateOnly? AgreementTo, string? Conditions, PartnerStatus Status, IReadOnlyList<OfferView> Offers,
    IReadOnlyList<ContributionView> Contributions, decimal Contributed, IReadOnlyList<LinkageView> Linkages, IReadOnlyList<string> Accounts);
