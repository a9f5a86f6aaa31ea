using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Deliberation;

public enum QuestionKind
{
    /// <summary>问题: something residents want answered.</summary>
    Question = 1,

    /// <summary>建议: something residents propose.</summary>
    Suggestion = 2,
}

/// <summary>How a question reached the meeting: a resident's phone, a paper slip staff typed in, or said on site.</summary>
public enum QuestionChannel
{
    Portal = 1,
    Paper = 2,
    OnSite = 3,
}

/// <summary>
/// A question or suggestion put to a meeting (先收集问题，后集中回应): residents see every question of their
/// community's meetings, never who asked it; support is one per resident (<see cref="QuestionSupport"/>) plus the
/// hands staff counted on site. Similar questions are merged into a <see cref="Topic"/>, which gets the answer.
/// </summary>
public sealed class Question : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxText = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int MeetingId { get; private set; }
    public QuestionKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public QuestionChannel Channel { get; private set; }

    /// <summary>The resident who asked from the portal; none for a paper slip or a question said on site.</summary>
    public int? ResidentId { get; private set; }

    /// <summary>Residents' online support, kept with each support in the same transaction so the ranking reads one column.</summary>
    public int Supports { get; private set; }

    /// <summary>Hands raised for it on site, as staff counted them.</summary>
    public int Hands { get; private set; }
    public int? TopicId { get; private set; }
    public string EnteredBy { get; private set; } = "";
    public DateTime EnteredAt { get; private set; }

    private Question() { }

    public Question(Meeting meeting, QuestionKind kind, string text, QuestionChannel channel, int? residentId, string enteredBy, DateTime now)
    {
        CommunityId = meeting.CommunityId;
        MeetingId = meeting.Id;
        Kind = kind;
        Text = text;
        Channel = channel;
        ResidentId = residentId;
        EnteredBy = enteredBy;
        EnteredAt = now;
    }
}

/// <summary>A resident's support for a question ("+1"): once per resident and question, kept by a unique index.</summary>
public sealed class QuestionSupport : ICommunityOwned, ResidentAccess.IPersonal<QuestionSupport>
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int QuestionId { get; private set; }
    public int ResidentId { get; private set; }
    public DateTime At { get; private set; }

    private QuestionSupport() { }

    public QuestionSupport(Question question, int residentId, DateTime now)
    {
        CommunityId = question.CommunityId;
        QuestionId = question.Id;
        ResidentId = residentId;
        At = now;
    }

    public static Expression<Func<QuestionSupport, int?>> ResidentOf => s => s.ResidentId;
}

/// <summary>Where a topic stands: open, answered, answered with a follow-up promised, closed.</summary>
public enum TopicStatus
{
    Open = 1,
    Answered = 2,
    FollowUp = 3,
    Closed = 4,
}

/// <summary>
/// Similar questions merged under one title ("谁在负责使用住宅专项维修资金"), answered together: the answer, who
/// answered (organization and person) and when. Its attention is the questions' support and hands together.
/// </summary>
public sealed class Topic : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 200;
    public const int MaxAnswer = 2000;
    public const int MaxAnsweredBy = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int MeetingId { get; private set; }
    public string Title { get; private set; } = "";
    public TopicStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Topic() { }

    public Topic(Meeting meeting, string title, string createdBy, DateTime now)
    {
        CommunityId = meeting.CommunityId;
        MeetingId = meeting.Id;
        Title = title;
        Status = TopicStatus.Open;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void Answered(string answer, string answeredBy, TopicStatus status, DateTime now)
    {
        Answer = answer;
        AnsweredBy = answeredBy;
        AnsweredAt = now;
        Status = status;
    }
}
