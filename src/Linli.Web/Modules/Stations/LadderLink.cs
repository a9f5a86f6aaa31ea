using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// One rung of the ladder of empowerment (赋能梯次, seed 001's 丽景苑): "由社工督导支持中级社工师、再由中级社工师支持助理
/// 社工师、再由其支持培育社区居民骨干" — who supports whom, from when, until when. Both ends are staff profiles of one
/// community (an activist is a profile without a qualification). A link ends by its end day; it is never deleted, so a
/// worker's page shows whom they supported and when.
/// </summary>
public sealed class LadderLink : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int SupporterId { get; private set; }
    public int SupportedId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private LadderLink() { }

    public LadderLink(int communityId, int supporterId, int supportedId, DateOnly from, string createdBy, DateTime now)
    {
        (CommunityId, SupporterId, SupportedId, From) = (communityId, supporterId, supportedId, from);
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public bool OpenOn(DateOnly day) => From <= day && (To is null || To >= day);

    public void End(DateOnly on) => To = on;
}
