using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Demo;

/// <summary>Regions a module's demo adds beyond the seeded district: a street of its own with its communities.</summary>
public static class DemoRegions
{
    /// <summary>
    /// The street that holds the 2019 grant batch's communities (its name says it is invented; the seed spreads them over
    /// six streets): the nine cases' communities of seed 002 are in the tree from the start, the batch's invented ones
    /// are added by the grants demo.
    /// </summary>
    public const string GrantStreet = "创投示例街道（编造）", GrantStreetCode = "510107099";

    /// <summary>The communities of seed 002's nine cases, in the seed's order.</summary>
    public static readonly string[] CaseCommunities = ["新南路社区", "龙腾社区", "金花社区", "南桥社区", "吉福社区", "倪家桥社区", "少陵社区", "七里社区", "七道堰社区"];

    /// <summary>A street of the district and its communities (regions only), coded in order under the street's code.</summary>
    public static async Task<IReadOnlyList<RegionNode>> StreetAsync(LinliDb db, RegionNode district, string name, string code, IEnumerable<string> communities,
        DateTime now, CancellationToken cancellationToken)
    {
        var street = RegionNode.Create(district, RegionKind.Street, name, code, null, now);
        db.Regions.Add(street);
        await db.SaveChangesAsync(cancellationToken);
        street.AssignPath(district);
        return await CommunitiesAsync(db, street, communities, now, cancellationToken);
    }

    /// <summary>Communities added to a street, coded after the ones it has.</summary>
    public static async Task<IReadOnlyList<RegionNode>> CommunitiesAsync(LinliDb db, RegionNode street, IEnumerable<string> communities, DateTime now,
        CancellationToken cancellationToken)
    {
        var existing = await db.Regions.CountAsync(r => r.ParentId == street.Id, cancellationToken);
        var created = communities.Select((community, n) => RegionNode.Create(street, RegionKind.Community, community, $"{street.Code}{existing + n + 1:000}", null, now))
            .ToList();
        db.Regions.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        created.ForEach(c => c.AssignPath(street));
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
