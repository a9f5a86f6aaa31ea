using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Surveys.Needs;

public enum NeedSource
{
    Survey = 1,
    Visit = 2,
    Meeting = 3,
    Request = 4,
}

public enum NeedStatus
{
    Open = 1,
    BeingAnswered = 2,
    Answered = 3,
}

/// <summary>
/// A need of the community (需求) found by a survey, a visit, a meeting or a resident's request: how many households
/// raised it, how it ranks (a priority staff set, then residents' votes, then households), where it stands, and the
/// activities that answer it (<see cref="NeedActivity"/>). A need from a survey keeps the question and option it came
/// from, so the next round shows whether it shrank.
/// </summary>
public sealed class Need : ICommunityOwned
{
    public const int MaxTitle = 100;
    public const int MaxDetails = 2000;
    public const int MaxRaisedBy = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string Details { get; private set; } = "";
    public NeedSource Source { get; private set; }
    public string RaisedBy { get; private set; } = "";
    public int Households { get; private set; }
    public int? Priority { get; private set; }
    public int Votes { get; private set; }
    public NeedStatus Status { get; private set; } = NeedStatus.Open;
    public int? SurveyId { get; private set; }
    public string? QuestionKey { get; private set; }
    public int? Choice { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    private Need() { }

    public Need(int communityId, NeedDetails details, NeedSource source, int? surveyId, string? questionKey, int? choice, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        Source = source;
        SurveyId = surveyId;
        QuestionKey = questionKey;
        Choice = choice;
        CreatedBy = createdBy;
        CreatedAt = now;
        Update(details, now);
    }

    public void Update(NeedDetails details, DateTime now)
    {
        Title = details.Title;
        Details = details.Details;
        RaisedBy = details.RaisedBy;
        Households = details.Households;
        Priority = details.Priority;
        Votes = details.Votes;
        UpdatedAt = now;
    }

    public void MoveTo(NeedStatus status, DateTime now)
    {
        Status = status;
        UpdatedAt = now;
    }
}

/// <summary>Checked fields of a need.</summary>
public sealed record NeedDetails(string Title, string Details, string RaisedBy, int Households, int? Priority, int Votes);

/// <summary>An activity that answers a need.</summary>
public sealed class NeedActivity
{
    public int NeedId { get; private set; }
    public int ActivityId { get; private set; }
    public DateTime LinkedAt { get; private set; }

    private NeedActivity() { }

    public NeedActivity(int needId, int activityId, DateTime now)
    {
        NeedId = needId;
        ActivityId = activityId;
        LinkedAt = now;
    }
}
