using Linli.Web.Platform.Api;
using Linli.Web.Platform.Figures;

namespace Linli.Web.Modules.Dashboards;

public sealed record CatalogueEntry(string Key, string Label, string Unit, bool Additive, bool Sensitive, bool AsOfToday, bool ByHome);

/// <summary>
/// Every figure the modules declare (<see cref="IFigureSource"/>), in the order the modules registered them: the one
/// list the dashboards, their exports and the API's catalogue read. A key declared twice is a programming error.
/// </summary>
public sealed class FigureCatalogue
{
    private readonly IReadOnlyList<(FigureDefinition Figure, IFigureSource Source)> figures;

    public FigureCatalogue(IEnumerable<IFigureSource> sources)
    {
        figures = [.. sources.SelectMany(s => s.Figures.Select(f => (f, s)))];
        var twice = figures.GroupBy(f => f.Figure.Key).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"The figure '{twice.Key}' is declared by more than one module.");
    }

    public IReadOnlyList<FigureDefinition> All => [.. figures.Select(f => f.Figure)];

    /// <summary>The figure of that key, or null (a figure a kept report has that the catalogue no longer declares).</summary>
    public FigureDefinition? Find(string key) => figures.Select(f => f.Figure).FirstOrDefault(f => f.Key == key);

    /// <summary>The sources holding the figures asked for (every figure when none is named); 422 on <c>figures</c> naming an unknown key.</summary>
    public IReadOnlyList<(IFigureSource Source, IReadOnlyList<FigureDefinition> Figures)> Select(IReadOnlyCollection<string>? keys)
    {
        if (keys is { Count: > 0 } && keys.FirstOrDefault(k => figures.All(f => f.Figure.Key != k)) is { } unknown)
            throw new FieldValidationException("figures", "Dashboards.UnknownFigure", unknown);
        return [.. figures.Where(f => keys is not { Count: > 0 } || keys.Contains(f.Figure.Key)).GroupBy(f => f.Source)
            .Select(g => (g.Key, (IReadOnlyList<FigureDefinition>)[.. g.Select(f => f.Figure)]))];
    }
}
