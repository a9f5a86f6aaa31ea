namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary>
/// What a helper's task asks of the body and the senses, and — the same list read the other way — what a volunteer
/// should not be asked (seed 002 case 5: "社工依据不同活动类型和残疾人志愿者身体条件、性格特征等，为残疾人志愿者分配合适的任务").
/// Plain, practical words a social worker and the volunteer agree on, never a diagnosis.
/// </summary>
[Flags]
public enum BodyDemand
{
    None = 0,
    /// <summary>久站或长距离行走.</summary>
    Standing = 1,
    /// <summary>搬运重物.</summary>
    Lifting = 2,
    /// <summary>上下楼梯（入户）.</summary>
    Stairs = 4,
    /// <summary>看清文字和图像.</summary>
    Sight = 8,
    /// <summary>听清对话.</summary>
    Hearing = 16,
    /// <summary>手部精细动作.</summary>
    Hands = 32,
    /// <summary>口头讲解.</summary>
    Speaking = 64,
}

public static class BodyDemands
{
    public static readonly IReadOnlyList<BodyDemand> All = [.. Enum.GetValues<BodyDemand>().Where(d => d != BodyDemand.None)];

    /// <summary>The one matching rule: the demands of a task the volunteer should not be given (none: it fits).</summary>
    public static BodyDemand Conflicts(BodyDemand taskDemands, BodyDemand volunteerLimits) => taskDemands & volunteerLimits;

    public static IReadOnlyList<BodyDemand> Split(BodyDemand demands) => [.. All.Where(d => demands.HasFlag(d))];

    public static BodyDemand Join(IEnumerable<BodyDemand> demands) => demands.Aggregate(BodyDemand.None, (all, d) => all | d);

    /// <summary>
    /// Common tasks at a community activity and what each asks, offered when a task is added (the seed's 海报张贴,
    /// 宣传单发放与解说, 物资发放); a task of another name asks what staff tick.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, BodyDemand> Presets = new Dictionary<string, BodyDemand>
    {
        ["签到引导"] = BodyDemand.Standing | BodyDemand.Speaking | BodyDemand.Hearing,
        ["海报张贴"] = BodyDemand.Standing | BodyDemand.Hands,
        ["宣传单发放与解说"] = BodyDemand.Standing | BodyDemand.Speaking | BodyDemand.Hearing,
        ["物资搬运"] = BodyDemand.Lifting | BodyDemand.Standing,
        ["入户送物资"] = BodyDemand.Stairs | BodyDemand.Standing | BodyDemand.Lifting,
        ["手工制作"] = BodyDemand.Hands | BodyDemand.Sight,
        ["摄影记录"] = BodyDemand.Sight | BodyDemand.Standing,
        ["登记记录"] = BodyDemand.Sight | BodyDemand.Hands,
        ["电话通知"] = BodyDemand.Hearing | BodyDemand.Speaking,
        ["故事宣讲"] = BodyDemand.Speaking,
    };
}
