namespace Linli.Web.Modules.Points;

public sealed record AwardRequest(int? ResidentId, int? Points, string? Reason, string? IdempotencyKey);

public sealed record ReverseRequest(string? Reason, string? IdempotencyKey);

public sealed record NewCatalogItem(int? CommunityId, string? Name, int? PointsCost, int? Stock, string? Donor);

public sealed record RedeemRequest(int? ResidentId, int? CatalogItemId, int? Quantity, string? IdempotencyKey);

/// <summary>A movement of points as the API answers it; <see cref="Balance"/> is the resident's balance now.</summary>
public sealed record TransactionView(int Id, TransactionKind Kind, int ResidentId, int Points, string Reason, string Source, int? ReversesId, DateTimeOffset CreatedAt, int Balance);

public sealed record AccountView(int ResidentId, int Balance);

/// <summary>One line of a resident's points history: signed from the resident's side.</summary>
public sealed record HistoryLine(int TransactionId, TransactionKind Kind, int Amount, string Reason, DateTimeOffset At);

public sealed record CatalogItemView(int Id, int CommunityId, string Name, int PointsCost, int Stock, string? Donor, bool Active);

/// <summary>A redemption; <see cref="ResidentName"/> only in the desk's list of items waiting for pickup.</summary>
public sealed record RedemptionView(int Id, int ResidentId, int CatalogItemId, string ItemName, int Quantity, int Points, RedemptionStatus Status,
    DateTimeOffset CreatedAt, int TransactionId, string? ResidentName = null);

/// <summary>A community's month: points issued (awards less their reversals), redeemed (less cancellations), and outstanding at its end.</summary>
public sealed record StatementMonth(int Month, int Issued, int Redeemed, int Outstanding);

public sealed record Statement(int CommunityId, int Year, int IssuedBefore, int RedeemedBefore, IReadOnlyList<StatementMonth> Months);
