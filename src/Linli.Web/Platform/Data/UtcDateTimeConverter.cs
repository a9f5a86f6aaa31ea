using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Every DateTime is UTC in storage. SQLite hands values back with Kind=Unspecified and
/// PostgreSQL refuses non-UTC values for timestamptz, so the kind is fixed on the way in and out.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => ToUtc(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    internal static DateTime ToUtc(DateTime v) => v.Kind switch
    {
        DateTimeKind.Utc => v,
        DateTimeKind.Local => v.ToUniversalTime(),
        _ => DateTime.SpecifyKind(v, DateTimeKind.Utc),
    };
}

public sealed class UtcNullableDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    v => v == null ? null : UtcDateTimeConverter.ToUtc(v.Value),
    v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
