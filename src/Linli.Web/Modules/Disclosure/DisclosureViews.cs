using System.Text.Json.Serialization;

namespace Linli.Web.Modules.Disclosure;

/// <summary>A new ledger; <c>approvalAbove</c> (yuan, default 1,000): entries above it wait for a second person before publication.</summary>
public sealed record NewLedger(int? CommunityId, string? Name, LedgerKind? Kind,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? ApprovalAbove = null);

/// <summary>An entry as recorded: <c>amount</c> in yuan with at most two decimals ("123.45" or 123.45).</summary>
public sealed record NewEntry(DateOnly? On, Direction? Direction, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount,
    string? Category, string? Counterparty, bool? Publish);

/// <summary>A correction: the right amount and why; the rest is the corrected entry's.</summary>
public sealed record NewCorrection([property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount, string? Reason);

/// <summary>A ledger for staff: every entry counted; the day its books are closed through; the statement it owes, if overdue.</summary>
public sealed record LedgerView(int Id, int CommunityId, string Name, LedgerKind Kind, decimal ApprovalAbove, decimal Balance, int Entries, string ChainHead,
    DateOnly? ClosedThrough = null, PeriodKind StatementEvery = PeriodKind.Quarter, string? OverdueStatement = null);

/// <summary>An entry as staff see it: whether it is published or waits for approval, what it corrects and what corrected it.</summary>
public sealed record EntryView(int Id, int Sequence, DateOnly On, Direction Direction, decimal Amount, string Category, string Counterparty, int? Corrects, int? CorrectedBy,
    string? Reason, string RecordedBy, string? ApprovedBy, bool Published, bool AwaitingApproval, string Hash, bool HasVoucher = false);

/// <summary>A published entry on the public page: an income's payer masked (a resident paying a fee), an expense's vendor in full.</summary>
public sealed record PublicEntryView(int Id, int Sequence, DateOnly On, Direction Direction, decimal Amount, string Category, string Counterparty, int? Corrects, int? CorrectedBy,
    string? Reason);

/// <summary>
/// A ledger on the public page: the balance of its published entries (a correction counted in place of what it
/// corrects), the chain head, how many entries are published, and a page of them, newest first.
/// </summary>
public sealed record PublicLedgerView(int Id, string Name, LedgerKind Kind, decimal Balance, string ChainHead, int PublishedEntries, IReadOnlyList<PublicEntryView> Entries);

/// <summary>Whether every entry's hash still follows from the one before it and its content.</summary>
public sealed record ChainCheck(bool Valid, int Entries, string Head, int? FirstBrokenSequence);

/// <summary>Which period's statement to publish: <c>kind</c> Month|Quarter|HalfYear, the year and the period's number in it (11 for November, 3 for Q3, 2 for the second half).</summary>
public sealed record NewStatement(PeriodKind? Kind, int? Year, int? Number);

/// <summary>A published statement: opening, income and expense (by category in <c>lines</c>), closing, the chain head when it was published.</summary>
public sealed record StatementView(int Id, int LedgerId, PeriodKind Kind, string Period, DateOnly From, DateOnly To, decimal Opening, decimal Income, decimal Expense,
    decimal Closing, int Entries, string ChainHead, DateTimeOffset PublishedAt, IReadOnlyList<StatementLineView> Lines);

public sealed record StatementLineView(Direction Direction, string Category, decimal Amount);

/// <summary>A notice for a community or a compound in it (<c>regionId</c>), on display from <c>displayFrom</c> (today) to <c>displayUntil</c> (a week).</summary>
public sealed record NewNotice(int? CommunityId, string? Title, string? Body, NoticeCategory? Category = null, DateOnly? DisplayFrom = null, DateOnly? DisplayUntil = null,
    int? RegionId = null);

public sealed record WithdrawNotice(string? Reason);

public sealed record NoticeView(int Id, int CommunityId, int RegionId, NoticeCategory Category, string Title, string Body, DateOnly DisplayFrom, DateOnly DisplayUntil,
    bool OnDisplay, DateTimeOffset PublishedAt, DateTimeOffset? WithdrawnAt, string? WithdrawnReason);

/// <summary>Works to be tendered: budget in yuan, where the money comes from, and what decided it (a resolution, an owners' assembly).</summary>
public sealed record NewWorks(int? CommunityId, string? Title, string? FundedBy, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Budget,
    int? RegionId = null, int? ResolutionId = null, int? AssemblyId = null);

/// <summary>The opening: how many owners' representatives witnessed it, and every bid read out.</summary>
public sealed record BidOpening(int? Witnesses, IReadOnlyList<NewBid>? Bids);

public sealed record NewBid(string? Bidder, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Quote, string? Note = null);

public sealed record BidAward(int? BidId, string? Reason);

public sealed record WorksStep(int? Percent, string? Note);

public sealed record WorksAcceptance(string? Result);

public sealed record BidView(int Id, string Bidder, decimal Quote, string? Note);

public sealed record WorksStepView(DateOnly On, int Percent, string Note);

/// <summary>Works as staff and the public see them: the saving is the budget less the chosen bid's quote.</summary>
public sealed record WorksView(int Id, int CommunityId, int RegionId, string Title, string FundedBy, decimal Budget, int? ResolutionId, int? AssemblyId, string? Basis,
    WorksStatus Status, DateTimeOffset? OpenedAt, int? Witnesses, IReadOnlyList<BidView> Bids, string? AwardedTo, decimal? AwardedQuote, decimal? Saving, string? AwardReason,
    int Percent, IReadOnlyList<WorksStepView> Progress, DateOnly? AcceptedOn, string? Acceptance);
