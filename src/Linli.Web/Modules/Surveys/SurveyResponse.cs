using System.Linq.Expressions;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Surveys;

public enum ResponseChannel
{
    Online = 1,
    Paper = 2,
    Visit = 3,
}

/// <summary>
/// One filled-in questionnaire. What cross-tabs need about the respondent (compound, age band) is kept as it was on
/// the day, so results do not shift when people move or age. <see cref="OnceKey"/> ("r:12" a person, "h:7" a household)
/// is unique per survey: the database, not a check in memory, refuses a second answer. <see cref="ClientKey"/> is the
/// id a phone gave a door-to-door entry before sending it, so a resend after a dropped connection is not a second response.
/// </summary>
public sealed class SurveyResponse : ICommunityOwned, ResidentAccess.IPersonal<SurveyResponse>
{
    public static Expression<Func<SurveyResponse, int?>> ResidentOf => r => r.ResidentId;

    public const int MaxClientKey = 64;

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int CommunityId { get; private set; }
    public ResponseChannel Channel { get; private set; }
    public int? ResidentId { get; private set; }
    public int? HouseholdId { get; private set; }
    public int? CompoundId { get; private set; }
    public string? AgeBand { get; private set; }
    public string? OnceKey { get; private set; }
    public string? ClientKey { get; private set; }
    public string? EnteredBy { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public List<SurveyAnswer> Answers { get; private set; } = [];

    private SurveyResponse() { }

    public SurveyResponse(Survey survey, ResponseChannel channel, Respondent respondent, string? clientKey, string? enteredBy, DateTime now,
        IEnumerable<SurveyAnswer> answers)
    {
        SurveyId = survey.Id;
        CommunityId = survey.CommunityId;
        Channel = channel;
        ResidentId = respondent.ResidentId;
        HouseholdId = respondent.HouseholdId;
        CompoundId = respondent.CompoundId;
        AgeBand = respondent.AgeBand;
        OnceKey = survey.OncePer switch
        {
            SurveyOncePer.Person when respondent.ResidentId is { } r => $"r:{r}",
            SurveyOncePer.Household when respondent.HouseholdId is { } h => $"h:{h}",
            _ => null,
        };
        ClientKey = clientKey;
        EnteredBy = enteredBy;
        SubmittedAt = now;
        Answers = [.. answers];
    }
}

/// <summary>
/// One value of a response: a choice (by its number; <see cref="OtherChoice"/> for "other, please say" with its text),
/// a number (a scale point, a count; in a matrix, the point given to row <see cref="Row"/>), or a text. Texts are sealed
/// at rest: residents write names, illnesses and phone numbers into open answers.
/// </summary>
public sealed class SurveyAnswer
{
    public const int OtherChoice = -1;

    public long Id { get; private set; }
    public int ResponseId { get; private set; }
    public int SurveyId { get; private set; }
    public string QuestionKey { get; private set; } = "";
    public int? Choice { get; private set; }
    public int? Row { get; private set; }
    public decimal? Number { get; private set; }
    [Sensitive] public string? Text { get; private set; }
    public int? ThemeId { get; private set; }

    private SurveyAnswer() { }

    public SurveyAnswer(int surveyId, string questionKey, int? choice = null, int? row = null, decimal? number = null, string? text = null)
    {
        SurveyId = surveyId;
        QuestionKey = questionKey;
        Choice = choice;
        Row = row;
        Number = number;
        Text = text;
    }

    public void CodeAs(int? themeId) => ThemeId = themeId;
}

/// <summary>What is known of who answered: nothing (anonymous), or the resident and their household as placed today.</summary>
public sealed record Respondent(int? ResidentId, int? HouseholdId, int? CompoundId, string? AgeBand)
{
    public static readonly Respondent Anonymous = new(null, null, null, null);
}

/// <summary>A theme that staff code open answers into ("停车难", "缺少老年活动场所"), per question.</summary>
public sealed class AnswerTheme
{
    public const int MaxName = 40;

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public string QuestionKey { get; private set; } = "";
    public string Name { get; private set; } = "";

    private AnswerTheme() { }

    public AnswerTheme(int surveyId, string questionKey, string name)
    {
        SurveyId = surveyId;
        QuestionKey = questionKey;
        Name = name;
    }
}
