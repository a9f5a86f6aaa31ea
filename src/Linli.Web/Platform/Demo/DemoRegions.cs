using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;

namespace Linli.Web.Platform.Demo;

/// <summary>Regions a module's demo adds beyond the seeded district: a street of its own with its communities.</summary>
public static class DemoRegions
{
    /// <summary>A street of the district and its communities (regions only), coded in order under the street's code.</summary>
    public static async Task<IReadOnlyList<RegionNode>> StreetAsync(LinliDb db, RegionNode district, string name, string code, IEnumerable<string> communities,
        DateTime now, CancellationToken cancellationToken)
    {
        var street = RegionNode.Create(district, RegionKind.Street, name, code, null, now);
        db.Regions.Add(street);
        await db.SaveChangesAsync(cancellationToken);
        street.AssignPath(district);
        var created = communities.Select((community, n) => RegionNode.Create(street, RegionKind.Community, community, $"{code}{n + 1:000}", null, now)).ToList();
        db.Regions.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        created.ForEach(c => c.AssignPath(street));
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
