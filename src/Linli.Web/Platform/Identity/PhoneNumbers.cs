using System.Text.RegularExpressions;

namespace Linli.Web.Platform.Identity;

/// <summary>Mainland mobile numbers: normalized to 11 digits so lookups and masking agree.</summary>
public static partial class PhoneNumbers
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13) digits = digits[2..];
        return digits;
    }

    public static bool IsValidMobile(string? normalized) => normalized is not null && Mobile().IsMatch(normalized);

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
