using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Points;

public enum AccountKind
{
    /// <summary>A resident's points: the balance the database keeps at zero or above.</summary>
    Resident = 1,
    /// <summary>Where a community's points come from: every award is drawn on it (its balance is minus all points issued).</summary>
    Issued = 2,
    /// <summary>Where spent points go: every redemption is paid into it.</summary>
    Redeemed = 3,
}

/// <summary>
/// One side of the double-entry ledger. A resident's <see cref="Balance"/> is kept by a conditional UPDATE in the
/// same transaction as the entries that move it, and a check constraint refuses it below zero, so no two
/// redemptions can overdraw it. The community's own accounts carry no balance: theirs is the sum of their entries.
/// </summary>
public sealed class PointsAccount : ICommunityOwned, ResidentAccess.IPersonal<PointsAccount>
{
    public static Expression<Func<PointsAccount, int?>> ResidentOf => a => a.ResidentId;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public AccountKind Kind { get; private set; }
    public int? ResidentId { get; private set; }
    /// <summary>Unique within the community: "resident:{id}", "issued", "redeemed".</summary>
    public string Key { get; private set; } = "";
    public int Balance { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private PointsAccount() { }

    public PointsAccount(int communityId, AccountKind kind, int? residentId, DateTime now)
    {
        CommunityId = communityId;
        Kind = kind;
        ResidentId = residentId;
        Key = KeyOf(kind, residentId);
        CreatedAt = now;
    }

    public static string KeyOf(AccountKind kind, int? residentId) => kind == AccountKind.Resident ? $"resident:{residentId}" : kind.ToString().ToLowerInvariant();
}
