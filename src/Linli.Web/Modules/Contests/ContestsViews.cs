namespace Linli.Web.Modules.Contests;

/// <summary>
/// A new contest. <c>awardCount</c> (optional): the top N awarded, ties at rank N all awarded. <c>accountsPerDevice</c>
/// (default 3) and <c>votesPerAddress</c> (default 300): how many accounts may vote from one phone and how many votes one
/// network address may carry a day.
/// </summary>
public sealed record NewContest(int? CommunityId, string? Title, string? Description, DateTime? OpensAt, DateTime? ClosesAt, int? VotesPerDay,
    int? AwardCount = null, int? AccountsPerDevice = null, int? VotesPerAddress = null, int? GrantProjectId = null);

/// <summary>An entry staff enter from a household's signed form (the household optional): approved at once.</summary>
public sealed record NewEntry(string? Title, string? Description, int? HouseholdId = null);

/// <summary>A resident's entry for their household; <c>consent</c> (to publish its text and photos) must be true.</summary>
public sealed record NewSubmission(string? Title, string? Description, bool? Consent);

public sealed record RejectEntry(string? Reason);

public sealed record VoteRequest(int? EntryId);

/// <summary>A paper slip from an on-site vote: which resident voted for which entry.</summary>
public sealed record OnSiteVote(int? EntryId, int? ResidentId);

/// <summary>Approved entries (and those waiting for review), distinct voters, votes counted, page views: for staff (a resident's view has none).</summary>
public sealed record ContestFigures(int Entries, int PendingEntries, int Voters, int Votes, int PageViews);

public sealed record ContestView(int Id, int CommunityId, string Title, string? Description, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int VotesPerDay,
    int? AwardCount, int AccountsPerDevice, int VotesPerAddress, ContestFigures? Figures, int? GrantProjectId = null);

/// <summary>An entry; <c>status</c> and <c>rejectedReason</c> matter to staff and to the household that entered it.</summary>
public sealed record EntryView(int Id, int? HouseholdId, string Title, string? Description, EntryStatus Status, string? RejectedReason, int Votes, int Views,
    IReadOnlyList<int> PhotoIds);

public sealed record PhotoCreated(int Id);

public sealed record VoteReceipt(int Id, int EntryId, DateOnly Day, int VotesLeftToday);

/// <summary>
/// One line of the ranking, highest first. Equal votes share a rank (1, 1, 3: the standard competition ranking), so
/// an award for the top N goes to every entry ranked N or better; lines of one rank are listed by entry number.
/// </summary>
public sealed record RankingLine(int EntryId, string Title, int Votes, int Rank, bool Awarded);

public sealed record RemoveVote(string? Reason);

/// <summary>A vote as staff review it; a removed one keeps its line with who removed it and why.</summary>
public sealed record VoteLine(int Id, int EntryId, int ResidentId, DateOnly Day, ContestVoteChannel Channel, DateTimeOffset CastAt, string EnteredBy,
    DateTimeOffset? RemovedAt, string? RemovedBy, string? RemovedReason);

/// <summary>A removal as everyone may see it: which entry lost a vote, when, and why — not whose vote it was.</summary>
public sealed record Removal(int EntryId, string EntryTitle, DateOnly Day, DateTimeOffset RemovedAt, string Reason);

/// <summary>An approved entry's public page: no household, no voter.</summary>
public sealed record PublicEntry(int ContestId, string ContestTitle, DateTimeOffset ClosesAt, int EntryId, string Title, string? Description, int Votes, int Views,
    IReadOnlyList<int> PhotoIds);
