using System.Globalization;

namespace Linli.Web.Modules.Residents.Import;

/// <summary>Dates as people type them in Excel: 1942-03-07, 1942/3/7, 1942.3.7, 19420307, 1942年3月7日, or a date cell (a serial number).</summary>
public static class SheetDates
{
    private static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    public static bool TryParse(string text, out DateOnly? date)
    {
        date = null;
        text = text.Trim();
        if (text.Length == 0) return true;
        if (DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        // A date-formatted cell is stored as days since 1899-12-30; 1900 to 2100 is a plausible range.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 73051 && serial == Math.Floor(serial))
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }
}
