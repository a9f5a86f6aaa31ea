namespace Linli.Web.Platform.Figures;

/// <summary>
/// A figure the dashboards show, declared once by the module that owns its records. <see cref="Additive"/>: a region's
/// value is the sum of its communities' (person-times, hours); a figure that is not (unique people: someone who came
/// to two communities' activities is one person) is counted over the region's communities together.
/// <see cref="Sensitive"/>: it counts a group the law protects (care recipients, the disabled), so a cell under
/// <see cref="FigureRules.SuppressBelow"/> is withheld from roles that may not see sensitive care tags.
/// </summary>
public sealed record FigureDefinition(string Key, string LabelKey, string UnitKey, bool Additive, bool Sensitive = false, bool AsOfToday = false);

/// <summary>
/// The communities and the period (China dates, both included) figures are asked for, and which of the source's
/// figures (<see cref="Keys"/>): a source may skip a costly one nobody asked for.
/// </summary>
public sealed record FigureWindow(IReadOnlyCollection<int> CommunityIds, DateOnly From, DateOnly To, IReadOnlySet<string> Keys);

/// <summary>A module's figures, computed from its own records (registered like a workbench source).</summary>
public interface IFigureSource
{
    IReadOnlyList<FigureDefinition> Figures { get; }

    /// <summary>Each of the source's additive figures for each community of the window (a community with nothing may be left out).</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken);

    /// <summary>Each of the source's figures that do not add up, over the window's communities taken together.</summary>
    Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken);
}

public static class FigureRules
{
    /// <summary>Cells of a sensitive figure from 1 to 4 are withheld (a small count can name a person).</summary>
    public const int SuppressBelow = 5;

    /// <summary>For a source whose figures all add up.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> None = new Dictionary<string, decimal>();
}
