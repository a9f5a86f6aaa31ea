namespace Linli.Web.Platform.Regions;

/// <summary>Nodes under a root, found by parent and name (or code) without scanning; used by the importers.</summary>
public sealed class RegionLookup
{
    private readonly int rootId;
    private readonly Dictionary<int, RegionNode> byId = [];
    private readonly Dictionary<(int Parent, string Name), RegionNode> byParentAndName = [];

    public RegionLookup(int rootId, IEnumerable<RegionNode> nodes)
    {
        this.rootId = rootId;
        foreach (var node in nodes) Add(node);
    }

    public void Add(RegionNode node)
    {
        byId[node.Id] = node;
        if (node.ParentId is not { } parent) return;
        byParentAndName.TryAdd((parent, node.Name), node);
        byParentAndName.TryAdd((parent, node.Code), node);
    }

    public RegionNode? Child(int parentId, string name) => byParentAndName.GetValueOrDefault((parentId, name));

    public RegionNode Root => byId[rootId];

    public RegionNode Resolve(IReadOnlyList<string> names) =>
        names.Aggregate(byId[rootId], (current, name) => Child(current.Id, name)!);
}
