using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Dashboards.Facts;

/// <summary>
/// One community's count of today of one additive figure (residents, people in care, open requests...) as the
/// scheduler last counted it, zeros included: what a street's or a district's dashboard reads instead of walking a
/// million residents on every request. <see cref="RegionId"/> is the community itself, or one of the places right
/// below it (a compound) for a figure counted by home — kept in the same run, so they add up.
/// </summary>
public sealed class TodayFact : ICommunityOwned
{
    public int CommunityId { get; private set; }
    public int RegionId { get; private set; }
    public string Key { get; private set; } = "";
    public decimal Value { get; private set; }
    public DateTime CountedAt { get; private set; }

    private TodayFact() { }

    public TodayFact(int communityId, int regionId, string key, decimal value, DateTime countedAt)
    {
        CommunityId = communityId;
        RegionId = regionId;
        Key = key;
        Value = value;
        CountedAt = countedAt;
    }
}
