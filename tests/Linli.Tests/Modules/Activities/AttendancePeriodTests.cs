using Linli.Web.Modules.Activities.Attendance;

namespace Linli.Tests.Modules.Activities;

/// <summary>How a period is cut for the tallies: whatever its length, a few reads, and the days at its ends exact to China midnight.</summary>
public sealed class AttendancePeriodTests
{
    [Fact]
    public void A_period_over_two_new_years_reads_its_edge_days_its_whole_months_and_its_whole_year()
    {
        var period = AttendancePeriod.Of(new DateOnly(2025, 11, 15), new DateOnly(2027, 2, 10));

        Assert.Equal(new YearRun(2026, 2027), period.Years);
        Assert.Equal([new MonthRun(2025, 12, 12), new MonthRun(2027, 1, 1)], period.Months);
        // China midnight is 16:00 UTC the day before.
        Assert.Equal([new DayRun(new DateTime(2025, 11, 14, 16, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 30, 16, 0, 0, DateTimeKind.Utc)),
            new DayRun(new DateTime(2027, 1, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 10, 16, 0, 0, DateTimeKind.Utc))], period.Days);
    }

    [Fact]
    public void Open_ends_read_every_year_before_or_after()
    {
        var always = AttendancePeriod.Of(null, null);
        Assert.Equal((new YearRun(null, null), 0, 0), (always.Years, always.Months.Count, always.Days.Count));
        var until = AttendancePeriod.Of(null, new DateOnly(2026, 3, 31));
        Assert.Equal((new YearRun(null, 2026), new MonthRun(2026, 1, 3)), (until.Years, Assert.Single(until.Months)));
        Assert.Empty(until.Days);
        var since = AttendancePeriod.Of(new DateOnly(2026, 1, 1), null);
        Assert.Equal(new YearRun(2026, null), since.Years);
        Assert.Empty(since.Months);
    }
}
