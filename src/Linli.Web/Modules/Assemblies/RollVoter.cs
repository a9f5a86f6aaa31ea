using Linli.Web.Modules.Residents.Owners;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// One owner on an assembly's frozen roll, counted as the SPC interpretation Arts. 8–9 say: the same buyer of several
/// units once with the sum of their areas, the developer's unsold units as one owner, a unit's co-owners as one
/// (<see cref="OwnersRoll"/>). Made when the assembly opens and never changed: ownerships changed afterwards are the
/// next assembly's.
/// </summary>
public sealed class RollVoter : ICommunityOwned
{
    public const int MaxLabel = 200;

    public int Id { get; private set; }
    public int AssemblyId { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>The owner's name, or the co-owners' names; "(未登记业主)" for a unit whose owner is not on the register.</summary>
    public string Label { get; private set; } = "";

    /// <summary>Null when no owner of the units is on the register (they still count: the units have an owner).</summary>
    public OwnerKind? Kind { get; private set; }
    public long AreaHundredths { get; private set; }

    /// <summary>Register entries among the owners (comma-separated), for a resident who votes for themself.</summary>
    public string ResidentIds { get; private set; } = "";

    private RollVoter() { }

    internal RollVoter(int assemblyId, int communityId, OwnersRoll.Entry entry)
    {
        AssemblyId = assemblyId;
        CommunityId = communityId;
        Label = entry.Label.Length > MaxLabel ? entry.Label[..MaxLabel] : entry.Label;
        Kind = entry.Kind;
        AreaHundredths = entry.AreaHundredths;
        ResidentIds = string.Join(',', entry.ResidentIds);
    }
}

/// <summary>One unit of a voter on the frozen roll, with the area it counted.</summary>
public sealed class RollUnit
{
    public int Id { get; private set; }
    public int VoterId { get; private set; }
    public int UnitId { get; private set; }
    public long AreaHundredths { get; private set; }

    private RollUnit() { }

    internal RollUnit(int voterId, int unitId, long areaHundredths)
    {
        VoterId = voterId;
        UnitId = unitId;
        AreaHundredths = areaHundredths;
    }
}
