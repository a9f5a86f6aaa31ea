using System.Globalization;

namespace Linli.Web.Platform.Localization;

/// <summary>A month as requests, stored reports and pages write it: "yyyy-MM" (a grant's monthly report, a station's month).</summary>
public static class MonthKey
{
    public static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The month's first day, when the text is a month.</summary>
    public static bool TryParse(string? text, out DateOnly first) =>
        DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    /// <summary>The first day of a stored month.</summary>
    public static DateOnly First(string key) => DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
