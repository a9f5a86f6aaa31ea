namespace Linli.Web.Platform.Regions;

/// <summary>
/// One node of the region tree. <see cref="Path"/> holds the ids from the root ("/1/4/17/") so a
/// subtree is one prefix match, which is how scoping and subtree queries stay a single indexed query.
/// </summary>
public sealed class RegionNode
{
    public int Id { get; private set; }
    public int? ParentId { get; private set; }
    public RegionKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Path { get; private set; } = "";
    public int Depth { get; private set; }

    /// <summary>Exclusive area (专有部分面积) in m² with two decimals; units only.</summary>
    public decimal? ExclusiveArea { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private RegionNode() { }

    public static RegionNode Create(RegionNode? parent, RegionKind kind, string name, string code, decimal? exclusiveArea, DateTime now)
    {
        if (!RegionKindRules.MayContain(parent?.Kind, kind))
            throw new RegionRuleException("kind", parent is null ? "Region.RootMustBeDistrict" : "Region.KindNotAllowedUnderParent");
        var node = new RegionNode { ParentId = parent?.Id, Kind = kind, Depth = (parent?.Depth ?? -1) + 1, CreatedAt = now };
        node.Rename(name, code);
        node.SetArea(exclusiveArea);
        return node;
    }

    public void Rename(string name, string code)
    {
        name = name.Trim();
        code = code.Trim();
        if (name.Length is 0 or > 100) throw new RegionRuleException("name", "Region.NameRequired");
        if (code.Length is 0 or > 50) throw new RegionRuleException("code", "Region.CodeRequired");
        Name = name;
        Code = code;
    }

    public void SetArea(decimal? exclusiveArea)
    {
        if (Kind is not (RegionKind.Unit or RegionKind.ParkingSpace))
        {
            // Zero is how many clients say "no area"; any other number on a non-unit is a mistake worth saying.
            if (exclusiveArea is not null and not 0m) throw new RegionRuleException("exclusiveArea", "Region.AreaOnlyForUnits");
            return;
        }
        if (exclusiveArea is null) throw new RegionRuleException("exclusiveArea", "Region.AreaRequired");
        if (exclusiveArea <= 0 || exclusiveArea > 100_000m) throw new RegionRuleException("exclusiveArea", "Region.AreaOutOfRange");
        if (decimal.Round(exclusiveArea.Value, 2) != exclusiveArea.Value) throw new RegionRuleException("exclusiveArea", "Region.AreaTwoDecimals");
        ExclusiveArea = exclusiveArea;
    }

    /// <summary>Called once the id is known (after the first save).</summary>
    internal void AssignPath(RegionNode? parent) => Path = $"{parent?.Path ?? "/"}{Id}/";
}
