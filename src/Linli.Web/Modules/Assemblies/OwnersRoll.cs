using Linli.Web.Modules.Residents.Owners;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// Who counts as an owner, and with what area (SPC interpretation on building ownership, Arts. 8–9): each unit's
/// exclusive area; the same buyer of several units is one owner with the sum of the areas; every unit of the
/// developer (unsold or undelivered) together is one owner; the co-owners of a unit are one owner, and units whose
/// co-owners are the same set of people merge like any other same buyer. A unit whose owner is not on the register
/// is still an owner (its own), so the totals are the compound's, and the roll says how many such units there are.
/// Areas are whole hundredths of a square metre: sums and thresholds stay exact.
/// </summary>
public static class OwnersRoll
{
    public const string UnregisteredLabel = "（未登记业主）";

    public sealed record Unit(int Id, decimal? Area);

    public sealed record Entry(string Key, OwnerKind? Kind, string Label, IReadOnlyList<(int UnitId, long AreaHundredths)> Units, IReadOnlyList<int> ResidentIds)
    {
        public long AreaHundredths => Units.Sum(u => u.AreaHundredths);
    }

    public static IReadOnlyList<Entry> Build(IReadOnlyList<Unit> units, IReadOnlyList<UnitHolding> holdings)
    {
        var ownersOf = holdings.ToLookup(h => h.UnitId);
        var entries = new List<Entry>();
        foreach (var group in units.GroupBy(u => KeyOf(u, ownersOf[u.Id].ToList())).OrderBy(g => g.Min(u => u.Id)))
        {
            var owners = group.SelectMany(u => ownersOf[u.Id]).ToList();
            var kind = owners.Count == 0 ? (OwnerKind?)null : owners.All(o => o.Kind == OwnerKind.Developer) ? OwnerKind.Developer : owners[0].Kind;
            var label = owners.Count == 0 ? UnregisteredLabel : string.Join("、", owners.Select(o => o.Name).Distinct());
            entries.Add(new Entry(group.Key, kind, label, [.. group.Select(u => (u.Id, Hundredths(u.Area)))],
                [.. owners.Where(o => o.ResidentId is not null).Select(o => o.ResidentId!.Value).Distinct().Order()]));
        }
        return entries;
    }

    /// <summary>The exclusive area in whole hundredths of a square metre (a missing area counts nothing).</summary>
    public static long Hundredths(decimal? area) => area is { } a ? (long)decimal.Round(a * 100m, MidpointRounding.AwayFromZero) : 0;

    /// <summary>Square metres with two decimals, from hundredths (85.50, never 85.5 or 85.499999).</summary>
    public static decimal SquareMetres(long hundredths) => hundredths * 0.01m;

    private static string KeyOf(Unit unit, List<UnitHolding> owners)
    {
        if (owners.Count == 0) return $"unit:{unit.Id}";
        if (owners.All(o => o.Kind == OwnerKind.Developer)) return "developer";
        return string.Join('+', owners.Select(o => o.OwnerKey).Distinct().Order(StringComparer.Ordinal));
    }
}
