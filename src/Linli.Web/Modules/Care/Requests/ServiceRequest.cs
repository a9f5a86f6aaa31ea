using System.Linq.Expressions;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Requests;

/// <summary>What a request is about; public affairs are the errands the community handles (老年证, 低保) with the papers they need.</summary>
public enum RequestCategory
{
    Property = 1,
    Environment = 2,
    Neighbours = 3,
    ElderlyServices = 4,
    PublicAffairs = 5,
    Health = 6,
    Other = 7,
}

/// <summary>How it came in: the resident in the portal, or staff writing it down from a call, a visit to the office, a WeChat message, a volunteer.</summary>
public enum RequestChannel
{
    Portal = 1,
    Phone = 2,
    WalkIn = 3,
    WeChat = 4,
    Volunteer = 5,
}

/// <summary>Received, acknowledged, assigned to someone, answered — then closed once the resident confirms (or staff close it).</summary>
public enum RequestStatus
{
    Received = 1,
    Acknowledged = 2,
    Assigned = 3,
    Answered = 4,
    Closed = 5,
}

/// <summary>
/// A resident's request to the "365" line (365在线服务): year-round, answered within the category's target. The text
/// and the answer are sealed (people write about their health and their neighbours); the resident sees their own
/// requests, the community's front line all of its requests, and the public only counts and times.
/// </summary>
public sealed class ServiceRequest : ICommunityOwned, ResidentAccess.IPersonal<ServiceRequest>
{
    public const int MaxText = 2000;
    public const int MaxComment = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>Who asked; null when staff took it down for someone not on the register (a passer-by's call).</summary>
    public int? ResidentId { get; private set; }

    /// <summary>Where: the community or a compound, courtyard or building of it.</summary>
    public int RegionId { get; private set; }
    public RequestCategory Category { get; private set; }
    public RequestChannel Channel { get; private set; }
    [Sensitive] public string Text { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }
    public DateTime DueAt { get; private set; }
    public RequestStatus Status { get; private set; } = RequestStatus.Received;
    public DateTime? AcknowledgedAt { get; private set; }
    public string? AssigneeId { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    [Sensitive] public string? Response { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The resident's word on the answer: resolved or not, 1–5 stars, a comment.</summary>
    public bool? Resolved { get; private set; }
    public int? Rating { get; private set; }
    [Sensitive] public string? Comment { get; private set; }

    /// <summary>When the overdue request was put before the community's head (the hourly job).</summary>
    public DateTime? EscalatedAt { get; private set; }

    /// <summary>What it became, so nobody types it twice: a case, a mediation, a need.</summary>
    public int? CaseId { get; private set; }
    public int? MediationId { get; private set; }

    /// <summary>The needs list's entry it became (a need many residents share).</summary>
    public int? NeedId { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private ServiceRequest() { }

    public ServiceRequest(int communityId, int? residentId, int regionId, (RequestCategory Category, RequestChannel Channel) kind, string text, DateTime receivedAt,
        DateTime dueAt, string createdBy)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        RegionId = regionId;
        (Category, Channel) = kind;
        Text = text;
        ReceivedAt = receivedAt;
        DueAt = dueAt;
        CreatedBy = createdBy;
    }

    public static Expression<Func<ServiceRequest, int?>> ResidentOf => r => r.ResidentId;

    public bool IsOpen => Status is not (RequestStatus.Answered or RequestStatus.Closed);

    public void Acknowledge(DateTime at)
    {
        AcknowledgedAt ??= at;
        if (Status == RequestStatus.Received) Status = RequestStatus.Acknowledged;
    }

    public void Assign(string assigneeId, DateTime at)
    {
        Acknowledge(at);
        AssigneeId = assigneeId;
        Status = RequestStatus.Assigned;
    }

    public void Answer(string response, DateTime at)
    {
        Acknowledge(at);
        Response = response;
        AnsweredAt = at;
        Status = RequestStatus.Answered;
    }

    public void Close(DateTime at) => (Status, ClosedAt) = (RequestStatus.Closed, at);

    /// <summary>The resident's confirmation: resolved closes it; not resolved puts it back to work with a new target.</summary>
    public void Confirm(bool resolved, int? rating, string? comment, DateTime at, DateTime newDue)
    {
        (Resolved, Rating, Comment) = (resolved, rating, comment);
        if (resolved) Close(at);
        else (Status, DueAt, EscalatedAt) = (RequestStatus.Assigned, newDue, null);
    }

}

/// <summary>A photo a resident attached to a request (the broken lamp, the rubbish).</summary>
public sealed class RequestPhoto : ICommunityOwned, ResidentAccess.IPersonal<RequestPhoto>
{
    public const int MaxPerRequest = 3;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int RequestId { get; private set; }
    public int? ResidentId { get; private set; }
    public Guid FileId { get; private set; }

    private RequestPhoto() { }

    public RequestPhoto(ServiceRequest request, Guid fileId)
    {
        CommunityId = request.CommunityId;
        RequestId = request.Id;
        ResidentId = request.ResidentId;
        FileId = fileId;
    }

    public static Expression<Func<RequestPhoto, int?>> ResidentOf => p => p.ResidentId;
}
