using System.Text.Json.Serialization;

namespace Linli.Web.Modules.Grants.Shortlist;

/// <summary>A shortlist to publish: objections are received for <c>objectionDays</c> days from today (at least five), the applications with the amounts proposed.</summary>
public sealed record NewShortlist(int? ObjectionDays, IReadOnlyList<NewShortlistEntry>? Entries, string? Note = null);

public sealed record NewShortlistEntry(int? ApplicationId, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount);

/// <summary>The notice as anyone reads it: the program, the period, each application with its organization, community, category and amount.</summary>
public sealed record ShortlistView(int Id, int ProgramId, string Program, DateOnly PublishedOn, DateOnly ObjectionsUntil, bool Open, string? Note,
    IReadOnlyList<ShortlistLine> Entries);

public sealed record ShortlistLine(int ApplicationId, string Title, string Organization, string Community, string Category, decimal Amount);

/// <summary>An objection: about one application of the notice (<c>applicationId</c>) or the whole notice, with a way to answer the objector.</summary>
public sealed record NewObjection(int? ApplicationId, string? Text, string? Contact);

public sealed record ObjectionAnswer(bool? Upheld, string? Answer);

/// <summary>An objection as the program's officers see it (the objector's contact included, for the answer).</summary>
public sealed record ObjectionView(int Id, int NoticeId, int? ApplicationId, string Text, string? Contact, string FiledBy, DateTimeOffset FiledAt, bool? Upheld,
    string? Answer, string? AnsweredBy);
