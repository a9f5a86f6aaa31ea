using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Points.Earning;

/// <summary>A good deed recorded for a resident (a sorted-waste drop at the collection point, a hallway cleaned), counted by the rules.</summary>
public sealed class Deed : ICommunityOwned, ResidentAccess.IPersonal<Deed>
{
    public static Expression<Func<Deed, int?>> ResidentOf => d => d.ResidentId;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public string Name { get; private set; } = "";
    public int Quantity { get; private set; }
    /// <summary>The Monday (China time) of the deed's week: what weekly thresholds count by.</summary>
    public DateOnly WeekOf { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime At { get; private set; }

    private Deed() { }

    public Deed(int communityId, int residentId, string name, int quantity, DateOnly day, string idempotencyKey, string recordedBy, DateTime at)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        Name = name;
        Quantity = quantity;
        WeekOf = MondayOf(day);
        IdempotencyKey = idempotencyKey;
        RecordedBy = recordedBy;
        At = at;
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>A weekly threshold reached: at most one per rule, resident and week (a unique index), with the goods to hand out.</summary>
public sealed class ThresholdReward : ICommunityOwned, ResidentAccess.IPersonal<ThresholdReward>
{
    public static Expression<Func<ThresholdReward, int?>> ResidentOf => r => r.ResidentId;

    public int Id { get; private set; }
    public int RuleId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public DateOnly WeekOf { get; private set; }
    public int Points { get; private set; }
    public string? Reward { get; private set; }
    public DateTime GrantedAt { get; private set; }
    public DateTime? HandedOutAt { get; private set; }
    public string? HandedOutBy { get; private set; }

    private ThresholdReward() { }

    public ThresholdReward(EarningRule rule, int residentId, DateOnly weekOf, DateTime now)
    {
        RuleId = rule.Id;
        CommunityId = rule.CommunityId;
        ResidentId = residentId;
        WeekOf = weekOf;
        Points = rule.Points;
        Reward = rule.Reward;
        GrantedAt = now;
    }
}

/// <summary>Items for items, as the seeds count them ("10 plastic bottles = 2 batteries"): no points move, the exchange is recorded.</summary>
public sealed class ItemSwap : ICommunityOwned, ResidentAccess.IPersonal<ItemSwap>
{
    public static Expression<Func<ItemSwap, int?>> ResidentOf => s => s.ResidentId;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int? ResidentId { get; private set; }
    public string Given { get; private set; } = "";
    public string Received { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime At { get; private set; }

    private ItemSwap() { }

    public ItemSwap(int communityId, int? residentId, string given, string received, string recordedBy, DateTime at)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        Given = given;
        Received = received;
        RecordedBy = recordedBy;
        At = at;
    }
}
