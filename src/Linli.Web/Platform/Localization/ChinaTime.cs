using System.Globalization;

namespace Linli.Web.Platform.Localization;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time. CST is UTC+8 without daylight saving,
/// so a fixed offset is exact and does not depend on the host's time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);

    public static DateTime ToUtc(DateTime chinaLocal) => DateTime.SpecifyKind(chinaLocal - Offset, DateTimeKind.Utc);

    public static string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm") =>
        FromUtc(utc).ToString(format, CultureInfo.InvariantCulture);
}
