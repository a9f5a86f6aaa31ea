namespace Linli.Web.Modules.Contests;

public sealed record NewContest(int? CommunityId, string? Title, string? Description, DateTime? OpensAt, DateTime? ClosesAt, int? VotesPerDay);

public sealed record NewEntry(string? Title, string? Description);

public sealed record VoteRequest(int? EntryId);

/// <summary>A paper slip from an on-site vote: which resident voted for which entry.</summary>
public sealed record OnSiteVote(int? EntryId, int? ResidentId);

/// <summary>Entries, distinct voters and votes cast: for staff (a resident's view has none).</summary>
public sealed record ContestFigures(int Entries, int Voters, int Votes);

public sealed record ContestView(int Id, int CommunityId, string Title, string? Description, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int VotesPerDay,
    ContestFigures? Figures);

public sealed record EntryView(int Id, string Title, string? Description, int Votes);

public sealed record VoteReceipt(int Id, int EntryId, DateOnly Day, int VotesLeftToday);

/// <summary>
/// One line of the ranking, highest first. Equal votes share a rank (1, 1, 3: the standard competition ranking), so
/// an award for the top N goes to every entry ranked N or better; lines of one rank are listed by entry number.
/// </summary>
public sealed record RankingLine(int EntryId, string Title, int Votes, int Rank);

public sealed record RemoveVote(string? Reason);

/// <summary>A vote as staff review it; a removed one keeps its line with who removed it and why.</summary>
public sealed record VoteLine(int Id, int EntryId, int ResidentId, DateOnly Day, ContestVoteChannel Channel, DateTimeOffset CastAt, string EnteredBy,
    DateTimeOffset? RemovedAt, string? RemovedBy, string? RemovedReason);

/// <summary>A removal as everyone may see it: which entry lost a vote, when, and why — not whose vote it was.</summary>
public sealed record Removal(int EntryId, string EntryTitle, DateOnly Day, DateTimeOffset RemovedAt, string Reason);

