namespace Linli.Web.Modules.Partners;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from an alphabet without I, O, S, V
/// and Z; the last one checks the first 17 (weights 3^i mod 31, check = 31 − Σ mod 31, 31 written as 0).
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in capitals when it is well formed and its check character right; null otherwise.</summary>
    public static string? Normalize(string? text)
    {
        var code = text?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != 18 || code.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)) return null;
        return CheckOf(code) == code[17] ? code : null;
    }

    /// <summary>The first 17 characters with their check character appended (the demo's invented codes).</summary>
    public static string Complete(string first17) => first17 + CheckOf(first17);

    private static char CheckOf(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
