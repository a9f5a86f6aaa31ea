using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Disclosure;

/// <summary>The funds whose every movement is published (Civil Code Arts. 281–282; 城市居民委员会组织法 Art. 16).</summary>
public enum LedgerKind
{
    /// <summary>A self-managed fund of residents (a parking self-management group's fees): every item published, quarterly statements.</summary>
    SelfManagedFund = 1,

    /// <summary>The building maintenance fund's use (住宅专项维修资金): published at least every half year.</summary>
    MaintenanceFund = 2,

    /// <summary>Income from common parts, which belongs to the owners (Art. 282): at least quarterly.</summary>
    CommonPartsIncome = 3,

    /// <summary>An owners' committee's own account.</summary>
    CommitteeAccount = 4,
}

/// <summary>
/// A fund kept in the open: its entries (<see cref="LedgerEntry"/>) are hash-chained in order, never edited or
/// deleted, and those published show on the community's public page with the chain head anyone can verify.
/// </summary>
public sealed class FundLedger : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxName = 100;

    /// <summary>Above this an entry waits for a second person's approval before it is published (1,000 yuan by default).</summary>
    public const long DefaultApprovalAboveFen = 100_000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public LedgerKind Kind { get; private set; }
    public long ApprovalAboveFen { get; private set; }

    /// <summary>
    /// The balance and number of the published entries, kept in the same transaction as each publication (a
    /// correction counted in place of what it corrects), so the public page reads them instead of summing the ledger.
    /// </summary>
    public long PublishedBalanceFen { get; private set; }
    public int PublishedEntries { get; private set; }
    /// <summary>The last day of the latest published statement: no entry is recorded on or before it.</summary>
    public DateOnly? ClosedThrough { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// How often the ledger owes a statement (DOMAIN_RULES "Money in the open"): the maintenance fund every half year
    /// (Civil Code Art. 281, Shanghai's rule), the rest every quarter (common parts' income, Art. 282; Beijing 2024 for
    /// self-managed funds; a committee's accounts with them).
    /// </summary>
    public PeriodKind StatementEvery => Kind == LedgerKind.MaintenanceFund ? PeriodKind.HalfYear : PeriodKind.Quarter;

    private FundLedger() { }

    internal FundLedger(int communityId, string name, LedgerKind kind, long approvalAboveFen, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        Name = name;
        Kind = kind;
        ApprovalAboveFen = approvalAboveFen;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}
