using System.Globalization;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// A mainland resident ID number (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.
/// Digits 1–6 are the area (GB/T 2260), whose first two name a province-level division; digits 7–14 are the birth
/// date; the 17th digit is odd for men and even for women.
/// </summary>
public sealed record IdNumber(string Value, DateOnly BirthDate, Gender Gender)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>No one living was born earlier; a year like 0001 is a typing error.</summary>
    public const int EarliestBirthYear = 1890;

    /// <summary>The province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao included).</summary>
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    public static IdNumber? TryParse(string? input, out string? errorKey)
    {
        errorKey = null;
        var value = input?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            errorKey = "Resident.IdNumberFormat";
            return null;
        }
        if (CheckCharacter(value[..17]) != value[17])
        {
            errorKey = "Resident.IdNumberChecksum";
            return null;
        }
        if (!Provinces.Contains(value[..2]) || value.AsSpan(2, 4) is "0000")
        {
            errorKey = "Resident.IdNumberArea";
            return null;
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < IdNumber.EarliestBirthYear)
        {
            errorKey = "Resident.IdNumberBirthDate";
            return null;
        }
        return new IdNumber(value, birth, (value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female);
    }

    /// <summary>The check character of the first 17 digits (ISO 7064 MOD 11-2).</summary>
    public static char CheckCharacter(string first17Digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17Digits[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }
}
