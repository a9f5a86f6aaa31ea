namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// A region's figures for a period, and each child region's (a district's streets, a street's communities).
/// <c>suppressed</c> names the sensitive figures withheld because they are under 5 (null in <c>figures</c>).
/// </summary>
public sealed record RegionFigures(int RegionId, string Name, string Kind, DateOnly From, DateOnly To, IReadOnlyDictionary<string, decimal?> Figures,
    IReadOnlyList<string> Suppressed, IReadOnlyList<ChildFigures> Children);

public sealed record ChildFigures(int RegionId, string Name, string Kind, IReadOnlyDictionary<string, decimal?> Figures, IReadOnlyList<string> Suppressed);
