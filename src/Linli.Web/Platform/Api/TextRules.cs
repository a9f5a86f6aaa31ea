using System.Text;

namespace Linli.Web.Platform.Api;

/// <summary>
/// What no text field may hold: control characters other than tab and line breaks (NUL breaks exports and
/// PostgreSQL alike), Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their kin in every plane) and
/// halves of surrogate pairs. One rule, checked at the API's edge and again on every save.
/// </summary>
public static class TextRules
{
    public const string MessageKey = "Validation.ForbiddenCharacters";

    public static bool IsClean(string? text)
    {
        if (text is null) return true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar && HasLoneSurrogate(text)) return false;
            var value = rune.Value;
            if (Rune.IsControl(rune) && value is not ('\t' or '\n' or '\r')) return false;
            if (value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE) return false;
        }
        return true;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
