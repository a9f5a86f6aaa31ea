using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Surveys;

public sealed record SurveySummary(int Id, int CommunityId, string Title, SurveyStatus Status, int ResponseCount, int? TargetCount, DateTimeOffset CreatedAt);

public sealed record QuestionView(string Key, QuestionType Type, string Text, string? TextEn, string? Section, IReadOnlyList<string> Options,
    IReadOnlyList<string> OptionsEn, IReadOnlyList<string> Rows, bool Required, bool AllowOther, int? MaxChoices, decimal? Min, decimal? Max,
    ShowIfInput? ShowIf)
{
    public static QuestionView Of(SurveyQuestion q) => new(q.Key, q.Type, q.Text, q.TextEn, q.Section, q.Options, q.OptionsEn, q.Rows, q.Required, q.AllowOther,
        q.MaxChoices, q.Type is QuestionType.Scale or QuestionType.Matrix ? q.ScaleMin : q.Min, q.Type is QuestionType.Scale or QuestionType.Matrix ? q.ScaleMax : q.Max,
        q.ShowIfKey is null ? null : new ShowIfInput(q.ShowIfKey, [.. q.ShowIfValues]));
}

/// <summary>A survey with its questions; <see cref="PublicPath"/> is the portal link (/s/{token}) residents open or scan.</summary>
public sealed record SurveyDetail(int Id, int CommunityId, string Title, string? TitleEn, string Intro, SurveyStatus Status, SurveyRespondents Respondents,
    SurveyOncePer OncePer, bool Sensitive, SurveyTarget Target, int? TargetCount, int? TargetRegionId, string? TargetTag, int? CopiedFromId, string PublicPath,
    DateTimeOffset CreatedAt, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, IReadOnlyList<QuestionView> Questions)
{
    public static SurveyDetail Of(Survey s, IReadOnlyList<SurveyQuestion> questions) => new(s.Id, s.CommunityId, s.Title, s.TitleEn, s.Intro, s.Status, s.Respondents,
        s.OncePer, s.Sensitive, s.Target, s.TargetCount, s.TargetRegionId, s.TargetTag, s.CopiedFromId, $"/s/{s.Token}", ChinaTime.ToOffset(s.CreatedAt),
        ChinaTime.ToOffset(s.OpenedAt), ChinaTime.ToOffset(s.ClosedAt), [.. questions.Select(QuestionView.Of)]);
}

public sealed record ResponseCreated(int Id, bool Replayed);

/// <summary>An open survey as a resident's portal lists it.</summary>
public sealed record PortalSurveyItem(string Title, string Path, bool Answered);
public sealed record IdResult(int Id);

public sealed record TemplateSummary(string Key, string Title, string TitleEn, int Questions);

/// <summary>Where a survey stands after opening or closing it, with its public address once open.</summary>
public sealed record SurveyState(int Id, SurveyStatus Status, string? PublicPath);

/// <summary>A survey as anyone holding its link sees it.</summary>
public sealed record PublicSurvey(string Title, string? TitleEn, string Intro, SurveyStatus Status, SurveyRespondents Respondents, SurveyOncePer OncePer,
    IReadOnlyList<QuestionView> Questions);
