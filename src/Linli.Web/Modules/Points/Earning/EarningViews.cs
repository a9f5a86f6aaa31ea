namespace Linli.Web.Modules.Points.Earning;

public sealed record NewRule(int? CommunityId, RuleKind? Kind, string? Deed, int? Points, int? Threshold, string? Reward);

public sealed record RuleView(int Id, int CommunityId, RuleKind Kind, string? Deed, int Points, int? Threshold, string? Reward, bool Active, DateTimeOffset CreatedAt);

public sealed record DeedRequest(int? ResidentId, string? Deed, int? Quantity, string? IdempotencyKey);

/// <summary>What recording a deed did: its points, and the weekly rewards it completed.</summary>
public sealed record DeedResult(int Id, int ResidentId, string Deed, int Quantity, int WeekCount, int PointsAwarded, IReadOnlyList<RewardView> RewardsGranted);

public sealed record RewardView(int Id, int ResidentId, string ResidentName, string Deed, DateOnly WeekOf, int Points, string? Reward, DateTimeOffset GrantedAt,
    DateTimeOffset? HandedOutAt);

public sealed record SwapRequest(int? CommunityId, int? ResidentId, string? Given, string? Received);

public sealed record SwapView(int Id, int? ResidentId, string? ResidentName, string Given, string Received, DateTimeOffset At);
