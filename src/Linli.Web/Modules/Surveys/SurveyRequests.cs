namespace Linli.Web.Modules.Surveys;

/// <summary>A survey as the API and the builder send it. <c>targetCount</c> alone sets a typed-in target.</summary>
public sealed record SurveyInput(int? CommunityId, string? Title, string? TitleEn, string? Intro, SurveyTarget? Target, int? TargetCount, int? TargetRegionId,
    string? TargetTag, SurveyRespondents? Respondents, SurveyOncePer? OncePer, bool? Sensitive, List<QuestionInput>? Questions, int? GrantProjectId = null);

/// <summary>One question as sent; <see cref="ShowIf"/> is skip logic: shown only when question <c>key</c>'s answer includes one of <c>anyOf</c>.</summary>
public sealed record QuestionInput(string? Key, QuestionType? Type, string? Text, string? TextEn = null, string? Section = null, List<string>? Options = null,
    List<string>? OptionsEn = null, List<string>? Rows = null, bool? Required = null, bool? AllowOther = null, int? MaxChoices = null, decimal? Min = null,
    decimal? Max = null, ShowIfInput? ShowIf = null);

public sealed record ShowIfInput(string? Key, List<string>? AnyOf);

/// <summary>A response: the channel, the answers by question key, and for staff entry whom it is from.</summary>
public sealed record ResponseInput(ResponseChannel? Channel, Dictionary<string, System.Text.Json.JsonElement>? Answers, int? ResidentId = null,
    int? HouseholdId = null, int? CompoundId = null, string? ClientKey = null);

/// <summary>Where a copy goes (the same community unless named) and its title (the same unless given).</summary>
public sealed record CopyRequest(int? CommunityId, string? Title = null);

/// <summary>A one-question, once-per-household poll of a place's households (see <see cref="SurveysService.OpenHouseholdPollAsync"/>).</summary>
public sealed record HouseholdPoll(int CommunityId, int RegionId, string Title, string Intro, string Question, IReadOnlyList<string> Options)
{
    public const string QuestionKey = "choice";
    public const int MaxTitle = Survey.MaxTitle;
    public const int MaxIntro = Survey.MaxIntro;
}
