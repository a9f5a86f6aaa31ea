using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Dashboards.Facts;

/// <summary>
/// One community's value of one additive period figure (person-times, hours...) over one whole month, as its module
/// counted it when the month was last counted (<see cref="FactMonth"/>): what a year or a district reads instead of
/// the records. A month with nothing is not written.
/// </summary>
public sealed class MonthFact : ICommunityOwned
{
    public const int MaxKey = 40;

    public int CommunityId { get; private set; }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }

    public string Key { get; private set; } = "";
    public decimal Value { get; private set; }

    private MonthFact() { }

    public MonthFact(int communityId, DateOnly month, string key, decimal value)
    {
        CommunityId = communityId;
        Month = month;
        Key = key;
        Value = value;
    }
}

/// <summary>
/// A month whose facts are kept, and when they were last counted: a month without one is counted from the records on
/// each request. Written in the same transaction as the month's facts, so a month is either all kept or not at all.
/// </summary>
public sealed class FactMonth
{
    public DateOnly Month { get; private set; }
    public DateTime CountedAt { get; private set; }

    private FactMonth() { }

    public FactMonth(DateOnly month, DateTime countedAt)
    {
        Month = month;
        CountedAt = countedAt;
    }
}
