namespace Linli.Web.Modules.Dashboards;

public enum PeriodKind
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Custom,
}

/// <summary>
/// A period a dashboard shows: a day, a week (Monday to Sunday), a month, a quarter, a year, or any dates; and the
/// periods it is compared with — the one before (a custom period: as many days just before) and the same one a year
/// earlier.
/// </summary>
public sealed record DashboardPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    /// <summary>The period of that kind holding <paramref name="on"/>; a custom period is <paramref name="from"/>–<paramref name="to"/> as given.</summary>
    public static DashboardPeriod Of(PeriodKind kind, DateOnly on, DateOnly? from = null, DateOnly? to = null) => kind switch
    {
        PeriodKind.Day => new(kind, on, on),
        PeriodKind.Week => new(kind, on.AddDays(-(((int)on.DayOfWeek + 6) % 7)), on.AddDays(-(((int)on.DayOfWeek + 6) % 7) + 6)),
        PeriodKind.Month => new(kind, new DateOnly(on.Year, on.Month, 1), new DateOnly(on.Year, on.Month, 1).AddMonths(1).AddDays(-1)),
        PeriodKind.Quarter => new(kind, new DateOnly(on.Year, (on.Month - 1) / 3 * 3 + 1, 1), new DateOnly(on.Year, (on.Month - 1) / 3 * 3 + 1, 1).AddMonths(3).AddDays(-1)),
        PeriodKind.Year => new(kind, new DateOnly(on.Year, 1, 1), new DateOnly(on.Year, 12, 31)),
        _ => new(kind, from ?? on, to ?? on),
    };

    public DashboardPeriod Previous => Kind == PeriodKind.Custom
        ? new(Kind, From.AddDays(-Days), From.AddDays(-1))
        : Of(Kind, From.AddDays(-1));

    public DashboardPeriod Next => Kind == PeriodKind.Custom ? new(Kind, To.AddDays(1), To.AddDays(Days)) : Of(Kind, To.AddDays(1));

    /// <summary>The same dates a year before (29 February falls back to the 28th).</summary>
    public DashboardPeriod LastYear => Kind == PeriodKind.Custom || Kind == PeriodKind.Day || Kind == PeriodKind.Week
        ? new(Kind, From.AddYears(-1), To.AddYears(-1))
        : Of(Kind, From.AddYears(-1));

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period cut at today: figures of days to come are not counted yet.</summary>
    public (DateOnly From, DateOnly To) Until(DateOnly today) => (From, To > today && From <= today ? today : To);
}
