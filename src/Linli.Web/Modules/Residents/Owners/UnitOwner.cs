using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Owners;

/// <summary>Who holds title to a unit: a person, the developer (unsold units), or another organization.</summary>
public enum OwnerKind
{
    Person = 1,
    Developer = 2,
    Organization = 3,
}

/// <summary>
/// One owner (业主) of one unit. Co-owners are several rows on a unit, each with an optional share; an
/// owner of several units has a row on each, and <see cref="OwnerKey"/> says they are the same owner,
/// which the Civil Code's owner counts (Art. 278: each owner once, however many units) need later.
/// Ownership that ends (a sale) is closed with a date, not deleted, so past votes stay explainable.
/// </summary>
public sealed class UnitOwner : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int UnitId { get; private set; }
    public OwnerKind Kind { get; private set; }
    public int? ResidentId { get; private set; }
    public string Name { get; private set; } = "";
    [Sensitive] public string? IdNumber { get; private set; }
    [Sensitive] public string? Phone { get; private set; }
    public string? PhoneTail { get; private set; }

    /// <summary>The same for every unit of one owner: the ID number's keyed hash, the resident, or the organization's credit code or name.</summary>
    public string OwnerKey { get; private set; } = "";

    /// <summary>Percentage of a co-owned unit, when the deed says; null means not recorded (equal shares).</summary>
    public decimal? Share { get; private set; }
    public DateOnly? Since { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private UnitOwner() { }

    internal UnitOwner(int communityId, int unitId, OwnerKind kind, int? residentId, string name, string? idNumber, string? phone,
        string ownerKey, decimal? share, DateOnly? since, DateTime now)
    {
        CommunityId = communityId;
        UnitId = unitId;
        Kind = kind;
        ResidentId = residentId;
        Name = name;
        IdNumber = idNumber;
        Phone = phone;
        PhoneTail = phone is { Length: >= 4 } ? phone[^4..] : null;
        OwnerKey = ownerKey;
        Share = share;
        Since = since;
        CreatedAt = now;
    }

    public void End(DateOnly on) => EndedOn = on;
}
