using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Groups;

public enum GroupKind
{
    VolunteerTeam = 1,
    InterestClub = 2,
    SelfManagement = 3,
    Alliance = 4,
}

/// <summary>How far a group has grown (seed 000): the community incubates it, it grows, it runs on its own.</summary>
public enum GroupStage
{
    Incubating = 1,
    Growing = 2,
    Independent = 3,
}

/// <summary>
/// A resident group (自组织) of one community: a volunteer team, an interest club, a self-management group or an
/// alliance. Its roster is in <see cref="GroupMember"/>; <see cref="LeaderUserId"/> is the console account (role
/// GroupLeader) that runs the group's roster and activities.
/// </summary>
public sealed class ResidentGroup : ICommunityOwned
{
    public const int MaxName = 60;
    public const int MaxPurpose = 1000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public GroupKind Kind { get; private set; }
    public GroupStage Stage { get; private set; }
    public string Purpose { get; private set; } = "";
    public string? LeaderUserId { get; private set; }
    public DateOnly FoundedOn { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ResidentGroup() { }

    public ResidentGroup(int communityId, string name, GroupKind kind, string purpose, string? leaderUserId, DateOnly foundedOn, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        Name = name;
        Kind = kind;
        Stage = GroupStage.Incubating;
        Purpose = purpose;
        LeaderUserId = leaderUserId;
        FoundedOn = foundedOn;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void MoveTo(GroupStage stage) => Stage = stage;

    public void LedBy(string? userId) => LeaderUserId = userId;
}
