namespace Linli.Web.Modules.ReadingRoom;

/// <summary>ISBN-10 and ISBN-13 with their check digits; kept as 13 digits so one book has one key.</summary>
public static class Isbn
{
    /// <summary>The ISBN-13 for a valid ISBN (hyphens and spaces ignored), else null.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = new string([.. value.Where(c => c != '-' && c != ' ')]).ToUpperInvariant();
        if (s.Length == 13 && s.All(char.IsAsciiDigit)) return Check13(s[..12]) == s[12] - '0' ? s : null;
        if (s.Length != 10 || !s[..9].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(s[9]) || s[9] == 'X')) return null;
        var sum = 0;
        for (var i = 0; i < 10; i++) sum += (10 - i) * (s[i] == 'X' ? 10 : s[i] - '0');
        if (sum % 11 != 0) return null;
        var body = "978" + s[..9];
        return body + Check13(body);
    }

    private static int Check13(string twelve)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return (10 - sum % 10) % 10;
    }
}
