using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stewards;

/// <summary>
/// A building steward (楼门长): a resident who looks after a building or an entrance — carries its notices door to door
/// and takes its households' answers (seed 004's parking plan "依托楼门长"; seed 001's 惠西 and 丽景苑 楼门自治). One
/// steward per place at a time; a term ends by its end day and stays on record.
/// </summary>
public sealed class BuildingSteward : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>The building or entrance they look after.</summary>
    public int RegionId { get; private set; }
    public int ResidentId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private BuildingSteward() { }

    public BuildingSteward(int communityId, int regionId, int residentId, DateOnly from, string createdBy, DateTime now)
    {
        (CommunityId, RegionId, ResidentId, From) = (communityId, regionId, residentId, from);
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void End(DateOnly on) => To = on;
}
