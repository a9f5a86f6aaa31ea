using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents;

/// <summary>A household (户): the people registered together, in a unit or without one (informal move-ins).</summary>
public sealed class Household : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int? UnitId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Household() { }

    public Household(int communityId, int? unitId, DateTime now)
    {
        CommunityId = communityId;
        UnitId = unitId;
        CreatedAt = now;
    }
}
