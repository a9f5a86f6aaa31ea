using System.Text.Json.Serialization;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>A new project for a compound or courtyard (the community itself when none is given); budget in yuan.</summary>
public sealed record NewRenewal(int? CommunityId, string? Title, string? Summary, int? RegionId = null,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Budget = null, string? FundedBy = null);

public sealed record NextStep(string? Note);

public sealed record NewSite(string? Name, string? Evidence);

/// <summary>A choice among the project's sites, options or quotes, with its reason.</summary>
public sealed record Choice(int? Id, string? Reason);

/// <summary>
/// Links a gating meeting: an existing one of the right kind (<c>meetingId</c>), or a new one recorded from the
/// project (<c>startsAt</c>, <c>place</c>, and a title or the stage's usual one).
/// </summary>
public sealed record RenewalMeetingLink(RenewalStage? Stage, int? MeetingId = null, DateTime? StartsAt = null, string? Place = null, string? Title = null);

public sealed record NewOption(string? Title, string? Description);

public sealed record NewPlanItem(string? What, string? Responsible, string? Dimensions = null,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Budget = null);

public sealed record NewQuote(string? Contractor, string? Scope, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Price,
    string? Note = null);

public sealed record RenewalCreated(int Id);

public sealed record StepReached(RenewalStep Step, DateOnly? CompletedOn);

public sealed record MeetingLinked(int MeetingId);

public sealed record PollOpened(int SurveyId);

public sealed record RenewalSummary(int Id, int CommunityId, string Place, string Title, RenewalStep Step, DateOnly? CompletedOn);

/// <summary>A step reached; who recorded it is for staff (null on the public page).</summary>
public sealed record StepView(RenewalStep Step, DateOnly On, string? Note, string? By);

public sealed record RenewalMeetingView(RenewalStage Stage, int MeetingId, string Title, DateTimeOffset StartsAt, bool Held);

public sealed record SiteView(int Id, string Name, string Evidence, bool Chosen);

/// <summary>An option with the households' preferences: live while the poll is open (staff only), frozen once the plan is adopted.</summary>
public sealed record OptionView(int Id, string Title, string Description, int? Preferences, bool Adopted);

public sealed record PlanItemView(int Id, string What, string Responsible, string? Dimensions, decimal? Budget);

public sealed record QuoteView(int Id, string Contractor, string Scope, decimal Price, string? Note, bool Chosen);

public sealed record PhotoView(int Id, RenewalPhotoKind Kind, string Caption, int? BeforeId, string Url);

public sealed record PhotoPair(string Caption, PhotoView Before, PhotoView? After);

/// <summary>
/// The preference poll: households that answered, households of the place, and the share; never binding, and the
/// page says so.
/// </summary>
public sealed record PollView(int SurveyId, bool Open, int Answered, int? Households, decimal? Share);

public sealed record RenewalView(int Id, int CommunityId, int RegionId, string Place, string Title, string Summary, decimal? Budget, string? FundedBy, RenewalStep Step,
    DateOnly? CompletedOn, IReadOnlyList<StepView> Steps, IReadOnlyList<RenewalMeetingView> Meetings, IReadOnlyList<SiteView> Sites, string? SiteReason,
    IReadOnlyList<OptionView> Options, string? OptionReason, PollView? Poll, IReadOnlyList<PlanItemView> Items, IReadOnlyList<QuoteView> Quotes, string? QuoteReason,
    IReadOnlyList<PhotoView> Blueprint, IReadOnlyList<PhotoPair> Pairs);
