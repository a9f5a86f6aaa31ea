using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Deliberation;

/// <summary>What kind of meeting: the bodies' meetings, an owners' forum, and the three meetings of 一图三会.</summary>
public enum MeetingKind
{
    JointMeeting = 1,
    Council = 2,

    /// <summary>业主大讲堂: questions collected first, answered together.</summary>
    OwnersForum = 3,

    /// <summary>选点听证会 (micro-renewal's site-selection hearing).</summary>
    Hearing = 4,

    /// <summary>设计方案协调会.</summary>
    DesignCoordination = 5,

    /// <summary>实施效果评议会.</summary>
    ResultReview = 6,
    Other = 7,
}

/// <summary>Minutes are drafted, approved by the host, then published on the community's public page.</summary>
public enum MinutesStatus
{
    None = 0,
    Draft = 1,
    Approved = 2,
    Published = 3,
}

/// <summary>
/// A meeting, recorded before or after it happens: when and where, who hosts, the agenda and the organizations
/// invited; residents recruited through an activity (sign-up and QR check-in, so attendance counts as person-times);
/// questions collected before it; resolutions and action items from it; and its minutes.
/// </summary>
public sealed class Meeting : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 100;
    public const int MaxPlace = 200;
    public const int MaxHost = 100;
    public const int MaxText = 4000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int? BodyId { get; private set; }
    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartsAt { get; private set; }
    public string Place { get; private set; } = "";
    public string? Host { get; private set; }
    public string? Agenda { get; private set; }

    /// <summary>The organizations invited (参会单位), as one line each.</summary>
    public string? Invited { get; private set; }

    /// <summary>Residents can send questions and suggestions while this is open (before and during the meeting).</summary>
    public bool CollectsQuestions { get; private set; }

    /// <summary>The activity residents sign up and check in through, when residents are recruited.</summary>
    public int? ActivityId { get; private set; }

    /// <summary>The grant project the meeting is held in, if any: its recruiting activity is then held in the project too, so who came counts in the project's figures.</summary>
    public int? GrantProjectId { get; private set; }

    /// <summary>Minutes: who attended (参会单位及人员) and what was discussed (讨论情况); decisions come from the resolutions.</summary>
    public string? Attendance { get; private set; }
    public string? Discussion { get; private set; }
    public MinutesStatus MinutesStatus { get; private set; }
    public string? MinutesApprovedBy { get; private set; }
    public DateTime? MinutesPublishedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Meeting() { }

    public Meeting(int communityId, int? bodyId, MeetingKind kind, string title, DateTime startsAt, string place, MeetingDetails details, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        BodyId = bodyId;
        Kind = kind;
        Title = title;
        StartsAt = startsAt;
        Place = place;
        (Host, Agenda, Invited) = (details.Host, details.Agenda, details.Invited);
        CollectsQuestions = details.CollectsQuestions;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void InProject(int? grantProjectId) => GrantProjectId = grantProjectId;
}

/// <summary>A meeting's optional details: the host, the agenda, the invited organizations, whether questions are collected.</summary>
public sealed record MeetingDetails(string? Host, string? Agenda, string? Invited, bool CollectsQuestions);
