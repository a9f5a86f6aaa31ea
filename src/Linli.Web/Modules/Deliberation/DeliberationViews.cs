using Linli.Web.Modules.Assemblies;

namespace Linli.Web.Modules.Deliberation;

/// <summary>A standing body: where it deliberates (the community or a place in it), its cadence and its members' written duties.</summary>
public sealed record NewBody(int? CommunityId, int? RegionId, BodyKind? Kind, string? Name, string? Cadence, IReadOnlyList<NewBodyMember>? Members);

public sealed record NewBodyMember(string? Organization, string? Duty, string? Person);

public sealed record BodyView(int Id, int CommunityId, int RegionId, BodyKind Kind, string Name, string? Cadence, IReadOnlyList<BodyMemberView> Members, int OpenActions,
    int OverdueActions);

public sealed record BodyMemberView(string Organization, string Duty, string? Person);

/// <summary>A meeting, before or after it happened (<c>startsAt</c> in China time); <c>collectsQuestions</c> opens it to residents' questions.</summary>
public sealed record NewMeeting(int? CommunityId, MeetingKind? Kind, string? Title, DateTime? StartsAt, string? Place, int? BodyId = null, string? Host = null,
    string? Agenda = null, string? Invited = null, bool? CollectsQuestions = null, int? GrantProjectId = null);

public sealed record MeetingView(int Id, int CommunityId, int? BodyId, MeetingKind Kind, string Title, DateTimeOffset StartsAt, string Place, string? Host, string? Agenda,
    string? Invited, bool CollectsQuestions, int? ActivityId, MinutesView Minutes, int? GrantProjectId = null);

public sealed record MinutesView(MinutesStatus Status, string? Attendance, string? Discussion, string? ApprovedBy, DateTimeOffset? PublishedAt);

/// <summary>The minutes' own text: who attended and what was discussed (the decisions are the meeting's resolutions).</summary>
public sealed record MinutesDraft(string? Attendance, string? Discussion);

/// <summary>A question or suggestion; staff typing a paper slip or an on-site question say so in <c>channel</c>.</summary>
public sealed record NewQuestion(string? Text, QuestionKind? Kind, QuestionChannel? Channel = null);

/// <summary>
/// A question as the list shows it: its support (residents' "+1" and hands counted on site together), whether the
/// caller supported it, and the topic it was merged into.
/// </summary>
public sealed record QuestionView(int Id, string Text, QuestionKind Kind, int Supports, int Hands, QuestionChannel Channel, int? TopicId, bool Supported);

public sealed record QuestionCreated(int Id);

/// <summary>A question's support after the caller's "+1".</summary>
public sealed record SupportCount(int QuestionId, int Supports);

/// <summary>Hands raised on site for a question, as counted.</summary>
public sealed record HandsCount(int? Hands);

/// <summary>Merges questions of one meeting under a topic's title.</summary>
public sealed record NewTopic(string? Title, IReadOnlyList<int>? QuestionIds);

/// <summary>The answer to a topic, who gave it (organization and person), and whether a follow-up was promised.</summary>
public sealed record TopicAnswer(string? Answer, string? AnsweredBy, bool? FollowUp = null, bool? Close = null);

/// <summary>A topic ranked by its attention: the distinct residents supporting any of its questions plus the hands counted.</summary>
public sealed record TopicView(int Id, string Title, TopicStatus Status, int Attention, int Rank, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt,
    IReadOnlyList<int> QuestionIds);

/// <summary>
/// A resolution: consensus or a show of hands (the counts), published or not; <c>ownersMatter</c> names a Civil Code
/// Art. 278 matter, which does not pass here but opens a draft owners' assembly for <c>compoundId</c>.
/// </summary>
public sealed record NewResolution(string? Text, DecisionMethod? DecidedBy, int? For, int? Against, int? Abstain, bool? Publish, Matter? OwnersMatter = null,
    int? CompoundId = null);

public sealed record ResolutionView(int Id, int MeetingId, string Text, DecisionMethod DecidedBy, int? For, int? Against, int? Abstain, int? AssemblyId, bool Published,
    IReadOnlyList<ActionView> Actions);

public sealed record NewAction(string? Title, string? Responsible, DateOnly? DueOn, string? Spec = null, int? NeedId = null, string? FundedBy = null);

/// <summary>A status change with what was done and how far along (percent, 0–100); <c>note</c> is required when blocked (the reason).</summary>
public sealed record ActionUpdate(ActionStatus? Status, string? Note, int? Percent);

public sealed record ActionView(int Id, int ResolutionId, string Title, string Responsible, string? Spec, DateOnly DueOn, ActionStatus Status, int Percent,
    string? BlockedReason, bool Overdue, int? NeedId, string? FundedBy, string? VerifiedBy);

/// <summary>An action item on an overdue or open list, with the meeting it came from.</summary>
public sealed record ActionLine(int Id, string Title, DateOnly DueOn, ActionStatus Status, int Percent, string Responsible, int CommunityId, int MeetingId, bool Overdue);

public sealed record ProgressView(int Id, ActionStatus Status, int Percent, string? Note, bool HasPhoto, string By, DateTimeOffset At);

/// <summary>A published resolution as anyone sees it, with its action items' progress.</summary>
public sealed record PublicResolution(int Id, string Text, DecisionMethod DecidedBy, string MeetingTitle, DateOnly MeetingOn, IReadOnlyList<PublicAction> Actions);

public sealed record PublicAction(string Title, ActionStatus Status, int Percent, DateOnly DueOn, bool Overdue);

/// <summary>Whether residents can send questions to the meeting now.</summary>
public sealed record CollectingSwitch(bool? Collecting);

/// <summary>Recruits residents through an activity of this many places (50 by default).</summary>
public sealed record RecruitRequest(int? Capacity);

public sealed record RecruitedActivity(int ActivityId);

public sealed record ProgressCreated(int Id);
