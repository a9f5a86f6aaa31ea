using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Activities.Attendance;

/// <summary>Whole China-time years from <see cref="From"/> to before <see cref="To"/>; a missing end is open.</summary>
public sealed record YearRun(int? From, int? To);

/// <summary>Whole months <see cref="FromMonth"/> to <see cref="ToMonth"/> (both included) of one year.</summary>
public sealed record MonthRun(int Year, int FromMonth, int ToMonth);

/// <summary>Activities starting in [<see cref="FromUtc"/>, <see cref="ToUtc"/>): days that make no whole month.</summary>
public sealed record DayRun(DateTime FromUtc, DateTime ToUtc);

/// <summary>
/// A period of China dates cut into what can be read from the tallies (whole years, runs of whole months) and the
/// days left over at its ends, which are read from the check-ins themselves. At most one year run, two month runs
/// and two day runs, whatever the period's length.
/// </summary>
public sealed record AttendancePeriod(YearRun? Years, IReadOnlyList<MonthRun> Months, IReadOnlyList<DayRun> Days)
{
    /// <summary>From <paramref name="from"/> to <paramref name="to"/>, both included; a missing end is open.</summary>
    public static AttendancePeriod Of(DateOnly? from, DateOnly? to)
    {
        var end = to?.AddDays(1);
        if (from is null && end is null) return new(new YearRun(null, null), [], []);
        var cut = new Cutter();
        if (from is null)
        {
            // Every year before the end's, then what is left of the end's year.
            cut.Years = new YearRun(null, end!.Value.Year);
            cut.Walk(new DateOnly(end.Value.Year, 1, 1), end.Value);
        }
        else if (end is null)
        {
            // Up to the next new year, then every year after.
            var newYear = from.Value is { Month: 1, Day: 1 } ? from.Value : new DateOnly(from.Value.Year + 1, 1, 1);
            cut.Walk(from.Value, newYear);
            cut.Years = new YearRun(newYear.Year, null);
        }
        else cut.Walk(from.Value, end.Value);
        return new(cut.Years, cut.Months, cut.Days);
    }

    private sealed class Cutter
    {
        public YearRun? Years;
        public readonly List<MonthRun> Months = [];
        public readonly List<DayRun> Days = [];

        public void Walk(DateOnly cursor, DateOnly end)
        {
            while (cursor < end)
            {
                if (cursor is { Month: 1, Day: 1 } && cursor.AddYears(1) <= end)
                {
                    Years = new YearRun(Years?.From ?? cursor.Year, cursor.Year + 1);
                    cursor = cursor.AddYears(1);
                }
                else if (cursor.Day == 1 && cursor.AddMonths(1) <= end)
                {
                    if (Months is [.., var last] && last.Year == cursor.Year && last.ToMonth == cursor.Month - 1) Months[^1] = last with { ToMonth = cursor.Month };
                    else Months.Add(new MonthRun(cursor.Year, cursor.Month, cursor.Month));
                    cursor = cursor.AddMonths(1);
                }
                else
                {
                    var next = new DateOnly(cursor.Year, cursor.Month, 1).AddMonths(1);
                    if (next > end) next = end;
                    var (fromUtc, toUtc) = (Utc(cursor), Utc(next));
                    if (Days is [.., var last] && last.ToUtc == fromUtc) Days[^1] = last with { ToUtc = toUtc };
                    else Days.Add(new DayRun(fromUtc, toUtc));
                    cursor = next;
                }
            }
        }

        private static DateTime Utc(DateOnly day) => ChinaTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
    }
}
