using System.Globalization;

namespace Linli.Web.Platform.Api;

/// <summary>
/// The dates Linli accepts anywhere: 1890 to 2199. Outside them a date is a typing error (year 0001, 9999), and
/// converting it to China time or adding to it would overflow; refusing it at the edge keeps that a 422.
/// </summary>
public static class DateRange
{
    public const string MessageKey = "Validation.DateRange";
    public static readonly DateOnly Earliest = new(1890, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool Contains(object? value) => value switch
    {
        DateOnly d => d >= Earliest && d <= Latest,
        DateTime t => Contains(DateOnly.FromDateTime(t)),
        DateTimeOffset o => Contains(DateOnly.FromDateTime(o.UtcDateTime)),
        _ => true,
    };

    public static FieldError Error => new(MessageKey, Earliest.Year, Latest.Year);

    /// <summary>A query or route value that reads as a date but lies outside the range.</summary>
    public static bool IsOutside(string? text, Type type)
    {
        if (string.IsNullOrEmpty(text)) return false;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var culture = CultureInfo.InvariantCulture;
        if (type == typeof(DateOnly)) return DateOnly.TryParse(text, culture, out var d) && !Contains(d);
        if (type == typeof(DateTime)) return DateTime.TryParse(text, culture, DateTimeStyles.AdjustToUniversal, out var t) && !Contains(t);
        if (type == typeof(DateTimeOffset)) return DateTimeOffset.TryParse(text, culture, out var o) && !Contains(o);
        return false;
    }
}
