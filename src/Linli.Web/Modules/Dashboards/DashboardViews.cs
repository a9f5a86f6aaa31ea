namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// A region's figures for a period, and each child region's (a district's streets, a street's communities, a
/// community's compounds or buildings). <c>suppressed</c> names the sensitive figures withheld because they are under 5
/// (null in <c>figures</c>). Below a community only the figures counted by home are given; <c>unplaced</c> is what of
/// the additive ones falls in none of the children (people without a flat on record), so the children and it add up.
/// <c>todayCountedAt</c>: when a street's or district's counts of today were last counted (null: counted now).
/// </summary>
public sealed record RegionFigures(int RegionId, string Name, string Kind, DateOnly From, DateOnly To, IReadOnlyDictionary<string, decimal?> Figures,
    IReadOnlyList<string> Suppressed, IReadOnlyList<ChildFigures> Children, FigureRow? Unplaced, DateTime? TodayCountedAt = null);

public sealed record ChildFigures(int RegionId, string Name, string Kind, IReadOnlyDictionary<string, decimal?> Figures, IReadOnlyList<string> Suppressed);

public sealed record FigureRow(IReadOnlyDictionary<string, decimal?> Figures, IReadOnlyList<string> Suppressed);

/// <summary>One step of a region's trail from its district (the page's breadcrumb).</summary>
public sealed record RegionStep(int RegionId, string Name, string Kind);

/// <summary>A region's figures as counted, nothing withheld: what a monthly report keeps, presented to each reader by their role.</summary>
public sealed record RawFigures(int RegionId, string Name, string Kind, DateOnly From, DateOnly To, IReadOnlyList<string> Keys,
    Dictionary<string, decimal> Own, IReadOnlyList<RawChild> Children, Dictionary<string, decimal>? Unplaced, DateTime? TodayCountedAt = null);

public sealed record RawChild(int RegionId, string Name, string Kind, Dictionary<string, decimal> Figures);

/// <summary>
/// A month's report: its figures (kept once the month was over, or live up to <c>AsOf</c> while it runs), the
/// recomputation beside a kept report (<c>Now</c>) and the figures that differ (<c>Drifted</c>), last month's and the
/// same month of last year, whether and by whom it was handed in, and which children's reports are in.
/// </summary>
public sealed record MonthlyReportView(RegionFigures Figures, RegionFigures? Now, IReadOnlyList<string> Drifted, IReadOnlyDictionary<string, decimal?> PreviousMonth,
    IReadOnlyDictionary<string, decimal?> LastYear, DateOnly Month, DateOnly AsOf, DateTime? TakenAt, DateTime? SubmittedAt, string? SubmittedBy,
    IReadOnlyDictionary<int, DateTime?> ChildrenSubmitted)
{
    public bool Kept => TakenAt is not null;
}

/// <summary>A month's report as kept: when it was taken, and when and by whom it was handed in.</summary>
public sealed record ReportStatus(int RegionId, string Month, DateTime TakenAt, DateTime? SubmittedAt, string? SubmittedBy);
