using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Support;

/// <summary>A chronic-disease club (慢性病俱乐部: 004's six, diabetes among them): doctors' talks as activities, members known to care staff only.</summary>
public sealed class Club : ICommunityOwned
{
    public const int MaxName = 50;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string Condition { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";

    private Club() { }

    public Club(int communityId, string name, string condition, string createdBy)
    {
        CommunityId = communityId;
        Name = name;
        Condition = condition;
        CreatedBy = createdBy;
    }
}

/// <summary>Membership names a condition: it is care data, listed to the community's care staff only.</summary>
public sealed class ClubMember : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ClubId { get; private set; }
    public int ResidentId { get; private set; }
    public DateOnly JoinedOn { get; private set; }

    private ClubMember() { }

    public ClubMember(Club club, int residentId, DateOnly joinedOn)
    {
        CommunityId = club.CommunityId;
        ClubId = club.Id;
        ResidentId = residentId;
        JoinedOn = joinedOn;
    }
}

/// <summary>A club's session: an activity of the activities module (a doctor's talk), so attendance is its check-ins.</summary>
public sealed class ClubSession : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ClubId { get; private set; }
    public int ActivityId { get; private set; }

    private ClubSession() { }

    public ClubSession(Club club, int activityId)
    {
        CommunityId = club.CommunityId;
        ClubId = club.Id;
        ActivityId = activityId;
    }
}
