using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Disclosure;

/// <summary>How long a statement covers: a month, a quarter or a half year.</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    HalfYear = 3,
}

/// <summary>A calendar period of a kind: its first and last day, its number in the year and its name in Chinese.</summary>
public sealed record Period(PeriodKind Kind, int Year, int Number)
{
    public static int CountIn(PeriodKind kind) => kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, _ => 2 };

    private int Months => 12 / CountIn(Kind);

    public DateOnly From => new(Year, (Number - 1) * Months + 1, 1);

    public DateOnly To => From.AddMonths(Months).AddDays(-1);

    /// <summary>The period of the kind that holds the day.</summary>
    public static Period Containing(PeriodKind kind, DateOnly day) => new(kind, day.Year, (day.Month - 1) / (12 / CountIn(kind)) + 1);

    public Period Previous => Number > 1 ? this with { Number = Number - 1 } : new(Kind, Year - 1, CountIn(Kind));

    public string Name => Kind switch
    {
        PeriodKind.Month => $"{Year}年{Number}月",
        PeriodKind.Quarter => $"{Year}年第{"一二三四"[Number - 1]}季度",
        _ => $"{Year}年{(Number == 1 ? "上" : "下")}半年",
    };
}

/// <summary>
/// A published statement of a ledger for a period (收支报表): opening balance, income and expense by category, closing
/// balance, frozen when published together with the chain head at that moment. Its period is closed: no entry is
/// recorded on a day in it afterwards (a correction of an entry in it is dated the day it is made).
/// </summary>
public sealed class LedgerStatement : ICommunityOwned
{
    public int Id { get; private set; }
    public int LedgerId { get; private set; }
    public int CommunityId { get; private set; }
    public PeriodKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public long OpeningFen { get; private set; }
    public long IncomeFen { get; private set; }
    public long ExpenseFen { get; private set; }
    public long ClosingFen { get; private set; }
    public int Entries { get; private set; }
    public string ChainHead { get; private set; } = "";
    public string PublishedBy { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }

    private LedgerStatement() { }

    internal LedgerStatement(FundLedger ledger, Period period, long openingFen, IReadOnlyCollection<StatementLine> lines, int entries, string chainHead, string by, DateTime now)
    {
        LedgerId = ledger.Id;
        CommunityId = ledger.CommunityId;
        Kind = period.Kind;
        From = period.From;
        To = period.To;
        OpeningFen = openingFen;
        IncomeFen = lines.Where(l => l.Direction == Direction.Income).Sum(l => l.AmountFen);
        ExpenseFen = lines.Where(l => l.Direction == Direction.Expense).Sum(l => l.AmountFen);
        ClosingFen = openingFen + IncomeFen - ExpenseFen;
        Entries = entries;
        ChainHead = chainHead;
        PublishedBy = by;
        PublishedAt = now;
    }

    public Period Period => new(Kind, From.Year, Kind switch { PeriodKind.Month => From.Month, PeriodKind.Quarter => (From.Month + 2) / 3, _ => From.Month > 6 ? 2 : 1 });
}

/// <summary>A statement's total of one category in one direction; a correction of an earlier period's entry shows here as the difference it made.</summary>
public sealed class StatementLine
{
    public const int MaxCategory = LedgerEntry.MaxCategory;

    public int Id { get; private set; }
    public int StatementId { get; private set; }
    public Direction Direction { get; private set; }
    public string Category { get; private set; } = "";
    public long AmountFen { get; private set; }

    private StatementLine() { }

    internal StatementLine(Direction direction, string category, long amountFen)
    {
        Direction = direction;
        Category = category;
        AmountFen = amountFen;
    }

    internal void BelongTo(int statementId) => StatementId = statementId;
}
