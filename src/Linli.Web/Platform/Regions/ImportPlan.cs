namespace Linli.Web.Platform.Regions;

/// <summary>What an import will create under its root, gathered while the rows are checked.</summary>
internal sealed class ImportPlan(RegionNode root)
{
    internal sealed record PlannedUnit(IReadOnlyList<(RegionKind Kind, string Name)> Path, string Number, decimal Area, int Row);

    internal sealed record PlannedNode(RegionKind Kind, string Name, string Code, decimal? Area);

    private readonly Dictionary<string, int> unitRows = new(StringComparer.Ordinal);
    private readonly List<PlannedUnit> units = [];

    public RegionNode Root => root;
    public IReadOnlyList<PlannedUnit> Units => units;
    public int MaxDepth => units.Count == 0 ? -1 : units.Max(u => u.Path.Count);

    /// <summary>Adds a unit; false (with the first row) when the same unit already came earlier in the file.</summary>
    public bool AddUnit(IReadOnlyList<(RegionKind Kind, string Name)> path, string number, decimal area, int row, out int firstRow)
    {
        var key = string.Join('\u001f', path.Select(p => p.Name).Append(number));
        if (unitRows.TryGetValue(key, out firstRow)) return false;
        unitRows[key] = row;
        units.Add(new PlannedUnit(path, number, area, row));
        return true;
    }

    /// <summary>The distinct nodes at a depth below the root, each with the names leading to its parent.</summary>
    public IEnumerable<(IReadOnlyList<string> ParentPath, PlannedNode Node)> NodesAtDepth(int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (depth > unit.Path.Count) continue;
            var parentPath = unit.Path.Take(depth).Select(p => p.Name).ToList();
            var node = depth == unit.Path.Count
                ? new PlannedNode(RegionKind.Unit, unit.Number, unit.Number, unit.Area)
                : new PlannedNode(unit.Path[depth].Kind, unit.Path[depth].Name, unit.Path[depth].Name, null);
            if (seen.Add(string.Join('\u001f', parentPath.Append(node.Name)))) yield return (parentPath, node);
        }
    }
}
