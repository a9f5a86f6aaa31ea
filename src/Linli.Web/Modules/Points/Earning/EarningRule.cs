using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Points.Earning;

public enum RuleKind
{
    /// <summary>Points for every confirmed volunteer hour.</summary>
    PerVolunteerHour = 1,
    /// <summary>Points for every check-in at an activity.</summary>
    PerActivityAttended = 2,
    /// <summary>Points for each good deed of a kind recorded at the desk or the collection point ("sorted-waste drop").</summary>
    PerDeed = 3,
    /// <summary>A reward once a deed is done often enough in a week ("3 drops in a week → 20 bags").</summary>
    WeeklyThreshold = 4,
}

/// <summary>
/// How residents of a community earn points, as the community's rules (公约) say. A rule is never edited: a changed
/// rule is a new one and the old one is switched off, so every award can say which rule made it.
/// </summary>
public sealed class EarningRule : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxText = 60;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public RuleKind Kind { get; private set; }
    /// <summary>The deed a PerDeed or WeeklyThreshold rule counts, as the desk names it ("垃圾分类投放").</summary>
    public string? Deed { get; private set; }
    public int Points { get; private set; }
    /// <summary>WeeklyThreshold: how many of the deed in one week (Monday to Sunday, China time).</summary>
    public int? Threshold { get; private set; }
    /// <summary>WeeklyThreshold: goods handed out besides (or instead of) points ("垃圾袋20个").</summary>
    public string? Reward { get; private set; }
    public bool Active { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private EarningRule() { }

    public EarningRule(int communityId, RuleKind kind, string? deed, int points, int? threshold, string? reward, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        Kind = kind;
        Deed = deed;
        Points = points;
        Threshold = threshold;
        Reward = reward;
        Active = true;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void SwitchOff() => Active = false;
}
