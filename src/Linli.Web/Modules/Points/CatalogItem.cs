using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Points;

/// <summary>
/// Something residents exchange points for (a tray of eggs, a bag of rice, a haircut), usually donated by a partner.
/// <see cref="Stock"/> is taken by a conditional UPDATE and a check constraint keeps it at zero or above.
/// </summary>
public sealed class CatalogItem : ICommunityOwned, ResidentAccess.IShared
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public int PointsCost { get; private set; }
    public int Stock { get; private set; }
    public string? Donor { get; private set; }
    public bool Active { get; private set; } = true;
    public DateTime CreatedAt { get; private set; }

    private CatalogItem() { }

    public CatalogItem(int communityId, string name, int pointsCost, int stock, string? donor, DateTime now)
    {
        CommunityId = communityId;
        Name = name;
        PointsCost = pointsCost;
        Stock = stock;
        Donor = donor;
        CreatedAt = now;
    }
}

public enum RedemptionStatus
{
    /// <summary>Paid for, waiting to be picked up at the desk.</summary>
    Reserved = 1,
    PickedUp = 2,
    /// <summary>Cancelled before pickup: the points came back by a reversal and the stock was restored.</summary>
    Cancelled = 3,
}

/// <summary>A resident's exchange: the item, how many, the points paid (the transaction), and whether it was picked up.</summary>
public sealed class Redemption : ICommunityOwned, ResidentAccess.IPersonal<Redemption>
{
    public static Expression<Func<Redemption, int?>> ResidentOf => r => r.ResidentId;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public int CatalogItemId { get; private set; }
    public int Quantity { get; private set; }
    public int Points { get; private set; }
    public int TransactionId { get; private set; }
    public RedemptionStatus Status { get; private set; } = RedemptionStatus.Reserved;
    public DateTime CreatedAt { get; private set; }
    public DateTime? PickedUpAt { get; private set; }
    public string? PickedUpBy { get; private set; }

    private Redemption() { }

    public Redemption(CatalogItem item, int residentId, int quantity, PointsTransaction paidWith, DateTime now)
    {
        CommunityId = item.CommunityId;
        ResidentId = residentId;
        CatalogItemId = item.Id;
        Quantity = quantity;
        Points = paidWith.Points;
        TransactionId = paidWith.Id;
        CreatedAt = now;
    }
}
