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

    /// <summary>Today's date in China, by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));

    public static DateTime ToUtc(DateTime chinaLocal) => DateTime.SpecifyKind(chinaLocal - Offset, DateTimeKind.Utc);

    /// <summary>A time as an API caller sent it: with an offset or "Z" it is exact; without one it is China time, as people type it.</summary>
    public static DateTime? FromInput(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } v => v,
        { Kind: DateTimeKind.Local } v => v.ToUniversalTime(),
        var v => ToUtc(v.Value),
    };

    /// <summary>A stored UTC time as the API shows it: China time with its +08:00 offset.</summary>
    public static DateTimeOffset ToOffset(DateTime utc) => new(DateTime.SpecifyKind(FromUtc(utc), DateTimeKind.Unspecified), Offset);

    public static DateTimeOffset? ToOffset(DateTime? utc) => utc is { } at ? ToOffset(at) : null;

    public static string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm") =>
        FromUtc(utc).ToString(format, CultureInfo.InvariantCulture);
}
