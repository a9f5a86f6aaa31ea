using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Partners;

public enum PartnerKind
{
    School = 1,
    Hospital = 2,
    Clinic = 3,
    Business = 4,
    Foundation = 5,
    SocialOrganization = 6,
    University = 7,
    Government = 8,
    Media = 9,
    PropertyCompany = 10,
    Expert = 11,
}

public enum PartnerStatus
{
    Active = 1,
    Ended = 2,
}

/// <summary>What a partner offers: a room, money, goods, professional sessions (a doctor's Wednesday), volunteers, training, publicity.</summary>
public enum OfferKind
{
    Venue = 1,
    Money = 2,
    Goods = 3,
    ServiceSessions = 4,
    Volunteers = 5,
    Training = 6,
    Media = 7,
}

/// <summary>
/// An organization or expert a district, street or community works with (共建单位): registered by a region, visible to
/// everyone working inside it. A social organization is one kind among others; it may be given accounts to apply for
/// grants and run projects (<see cref="PartnerAccount"/>).
/// </summary>
public sealed class Partner : IRegionOwned
{
    public const int MaxName = 100, MaxText = 1000, MaxShort = 100;

    public int Id { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PartnerKind Kind { get; private set; }
    /// <summary>Checked against GB 32100; an expert has none.</summary>
    public string? CreditCode { get; private set; }
    public string? ContactName { get; private set; }
    /// <summary>A person's number: encrypted at rest, masked in lists.</summary>
    [Sensitive] public string? ContactPhone { get; private set; }
    public string? Address { get; private set; }
    /// <summary>Fields of work, comma-separated: 健康, 教育, 环保, 养老, 法律, 规划.</summary>
    public string? Areas { get; private set; }
    /// <summary>The agreement (共建协议) and its term.</summary>
    public DateOnly? AgreementFrom { get; private set; }
    public DateOnly? AgreementTo { get; private set; }
    /// <summary>What the partner undertakes besides, e.g. "不得在活动中推销，处方不限在本机构取药" (seed 002's warning about sales to elders).</summary>
    public string? Conditions { get; private set; }
    public PartnerStatus Status { get; private set; } = PartnerStatus.Active;
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Partner() { }

    public Partner(int regionId, string regionPath, string name, PartnerKind kind, string? creditCode, string createdBy, DateTime now)
    {
        RegionId = regionId;
        RegionPath = regionPath;
        Name = name;
        Kind = kind;
        CreditCode = creditCode;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void Describe(string? contactName, string? contactPhone, string? address, string? areas, DateOnly? agreementFrom, DateOnly? agreementTo, string? conditions)
    {
        ContactName = contactName;
        ContactPhone = contactPhone;
        Address = address;
        Areas = areas;
        AgreementFrom = agreementFrom;
        AgreementTo = agreementTo;
        Conditions = conditions;
    }

    public void End() => Status = PartnerStatus.Ended;
}

/// <summary>One thing a partner offers, with its conditions ("每周三上午义诊，不强制购药").</summary>
public sealed class PartnerOffer : IRegionOwned
{
    public int Id { get; private set; }
    public int PartnerId { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public OfferKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public string? Conditions { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private PartnerOffer() { }

    public PartnerOffer(Partner partner, OfferKind kind, string description, string? conditions, DateTime now)
    {
        PartnerId = partner.Id;
        RegionId = partner.RegionId;
        RegionPath = partner.RegionPath;
        Kind = kind;
        Description = description;
        Conditions = conditions;
        CreatedAt = now;
    }
}

/// <summary>An account that works for a social organization: what <see cref="Platform.Scoping.IOrganizationScopeSource"/> reads.</summary>
public sealed class PartnerAccount
{
    public string UserId { get; private set; } = "";
    public int PartnerId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private PartnerAccount() { }

    public PartnerAccount(string userId, int partnerId, DateTime now)
    {
        UserId = userId;
        PartnerId = partnerId;
        CreatedAt = now;
    }
}
