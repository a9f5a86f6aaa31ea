using System.Globalization;

namespace Linli.Web.Modules.Dashboards;

/// <summary>How a figure is written wherever it is shown — tiles, the home panel, tables, Word and Excel text.</summary>
public static class FigureText
{
    /// <summary>The cell of a withheld count (a sensitive figure from 1 to 4).</summary>
    public const string Withheld = "<5";

    /// <summary>Thousands grouped, up to two places, no trailing zeros: 89,000 · 2.5 · 62.5.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A figure as shown: the number, <see cref="Withheld"/>, or a dash when not counted.</summary>
    public static string Shown(decimal? value, bool withheld) => withheld ? Withheld : value is { } v ? Number(v) : "—";
}
