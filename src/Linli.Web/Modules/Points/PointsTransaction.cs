using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Points;

public enum TransactionKind
{
    Award = 1,
    Redemption = 2,
    /// <summary>Undoes an earlier transaction with the opposite entries; nothing is ever edited.</summary>
    Reversal = 3,
}

/// <summary>
/// One movement of points: immutable, with its reason and source, and entries that sum to zero. The idempotency key
/// is unique within the community, so a retried request finds the movement it already made instead of making another.
/// </summary>
public sealed class PointsTransaction : ICommunityOwned
{
    public const int MaxKey = 64;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public TransactionKind Kind { get; private set; }
    public int Points { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>What it came from: "manual", "redemption:{id}", later "activity:{id}", "rule:{id}".</summary>
    public string Source { get; private set; } = "";
    public string IdempotencyKey { get; private set; } = "";
    public int? ReversesId { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public List<LedgerEntry> Entries { get; private set; } = [];

    private PointsTransaction() { }

    /// <summary>Moves <paramref name="points"/> from one account to another.</summary>
    public PointsTransaction(int communityId, TransactionKind kind, int points, string reason, string source, string idempotencyKey, PointsAccount from, PointsAccount to,
        string createdBy, DateTime now, int? reversesId = null)
    {
        CommunityId = communityId;
        Kind = kind;
        Points = points;
        Reason = reason;
        Source = source;
        IdempotencyKey = idempotencyKey;
        ReversesId = reversesId;
        CreatedBy = createdBy;
        CreatedAt = now;
        var period = LedgerEntry.PeriodOf(now);
        Entries = [new LedgerEntry(from.Id, -points, now, period), new LedgerEntry(to.Id, points, now, period)];
    }
}

/// <summary>One line of a transaction: an account and a signed amount. Never updated, never deleted.</summary>
public sealed class LedgerEntry
{
    public long Id { get; private set; }
    public int TransactionId { get; private set; }
    public int AccountId { get; private set; }
    public int Amount { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>The China month as yyyymm, written with the entry so monthly statements group on an index, not on time zone arithmetic.</summary>
    public int Period { get; private set; }

    private LedgerEntry() { }

    public LedgerEntry(int accountId, int amount, DateTime at, int period)
    {
        AccountId = accountId;
        Amount = amount;
        At = at;
        Period = period;
    }

    public static int PeriodOf(DateTime utc)
    {
        var china = Platform.Localization.ChinaTime.FromUtc(utc);
        return china.Year * 100 + china.Month;
    }
}
