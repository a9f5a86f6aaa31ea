namespace Linli.Web.Modules.Residents;

/// <summary>Age in whole years, the one rule every module counts ages by.</summary>
public static class Ages
{
    /// <summary>Whole years from a birth date to a day (a birthday on 29 February counts from 28 February in other years).</summary>
    public static int On(DateOnly birthDate, DateOnly day) => day.Year - birthDate.Year - (day < birthDate.AddYears(day.Year - birthDate.Year) ? 1 : 0);

    /// <summary>The latest birth date of someone <paramref name="years"/> or older on <paramref name="day"/> (agrees with <see cref="On"/>), for counting in the database.</summary>
    public static DateOnly BornBy(DateOnly day, int years)
    {
        var latest = day.AddYears(-years);
        // On 28 February of a common year, someone born on 29 February has had their birthday.
        return day is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(day.Year) && DateTime.IsLeapYear(latest.Year) ? latest.AddDays(1) : latest;
    }
}
