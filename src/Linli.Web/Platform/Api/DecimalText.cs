using System.Globalization;

namespace Linli.Web.Platform.Api;

/// <summary>A number typed into a form ("1.5"), read the same whatever the page's culture; null when empty or not a number, so the service names the field.</summary>
public static class DecimalText
{
    public static decimal? Parse(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
