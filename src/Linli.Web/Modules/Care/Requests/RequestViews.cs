using Linli.Web.Modules.Mediation;

namespace Linli.Web.Modules.Care.Requests;

/// <summary>A resident's own request from the portal; <c>regionId</c> is a compound, courtyard or building of their community.</summary>
public sealed record NewOwnRequest(RequestCategory? Category, string? Text, int? RegionId = null);

/// <summary>A request staff take down for a resident (a call, a visit, a WeChat message); <c>residentId</c> may stay empty for someone not on the register.</summary>
public sealed record NewStaffRequest(int? CommunityId, RequestCategory? Category, RequestChannel? Channel, string? Text, int? ResidentId = null, int? RegionId = null);

public sealed record RequestCreated(int Id, DateTimeOffset DueAt);

/// <summary>Staff move a request on: acknowledged, assigned (to <c>assigneeId</c>, or the caller), answered (with <c>response</c>), closed.</summary>
public sealed record RequestUpdate(RequestStatus? Status, string? Response, string? AssigneeId = null);

/// <summary>The resident's confirmation of an answer: resolved or not, 1–5 stars, a comment.</summary>
public sealed record RequestConfirmation(bool? Resolved, int? Rating, string? Comment = null);

/// <summary>Turn a request into a mediation: the issue, and the other party if known (the complainant is the resident who asked).</summary>
public sealed record RequestToMediation(MediationIssue? Issue, string? Respondent = null);

/// <summary>Turn a request into a case: the caller becomes its worker (the request's text is the presenting problem).</summary>
public sealed record RequestToCase(Cases.LegalBasis? Basis, string? SupervisorId, ConsentGiver? ConsentBy = null);

/// <summary>Put a request on the needs list; the title defaults to the request's first line.</summary>
public sealed record RequestToNeed(string? Title = null);

public sealed record LinkCreated(int Id);

/// <summary>A request in the community's queue.</summary>
public sealed record RequestLine(int Id, int CommunityId, string Place, RequestCategory Category, RequestChannel Channel, RequestStatus Status, string? Resident,
    string Text, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Overdue, bool Escalated, string? Assignee, int? Rating);

public sealed record RequestDetail(int Id, int CommunityId, string Place, RequestCategory Category, RequestChannel Channel, RequestStatus Status, int? ResidentId,
    string? Resident, string Text, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Overdue, DateTimeOffset? EscalatedAt, DateTimeOffset? AcknowledgedAt, string? Assignee,
    DateTimeOffset? AnsweredAt, string? Response, DateTimeOffset? ClosedAt, bool? Resolved, int? Rating, string? Comment, int? CaseId, int? MediationId, int? NeedId,
    IReadOnlyList<Guid> Photos);

/// <summary>A request as its resident sees it in the portal.</summary>
public sealed record OwnRequestView(int Id, RequestCategory Category, RequestStatus Status, string Text, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? AnsweredAt,
    string? Response, bool? Resolved, int? Rating, int Photos);

public sealed record CategoryFigures(RequestCategory Category, int Received, int Answered, double? MedianHoursToAnswer);

/// <summary>The line's public figures over a period: counts, the median time to answer, the share answered on time, satisfaction — no names, no texts.</summary>
public sealed record RequestFigures(DateOnly From, DateOnly To, int Received, int Open, int Answered, double? MedianHoursToAnswer,
    double? OnTimeShare, double? AverageRating, int Rated, IReadOnlyList<CategoryFigures> Categories);
