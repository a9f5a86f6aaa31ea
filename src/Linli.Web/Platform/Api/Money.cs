namespace Linli.Web.Platform.Api;

/// <summary>Money is kept in whole fen (long) and shown in yuan with two decimals: sums stay exact.</summary>
public static class Money
{
    public const decimal MaxYuan = 100_000_000m;

    /// <summary>Yuan with two decimals (12.30, never 12.3), from fen.</summary>
    public static decimal Yuan(long fen) => fen * 0.01m;

    /// <summary>Fen from yuan given with at most two decimals and above zero; null otherwise.</summary>
    public static long? Fen(decimal? yuan) =>
        yuan is { } y && y > 0 && y <= MaxYuan && decimal.Round(y, 2) == y ? (long)(y * 100m) : null;

    /// <summary>An amount a form sent as text; what is not a number becomes −1, so it gets the amount's message.</summary>
    public static decimal Typed(string? text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : -1;
}
