namespace Linli.Web.Modules.Surveys.Results;

public sealed record OptionResult(string Text, int Count, decimal Percent);

/// <summary>A matrix row: its average point and how many gave each point.</summary>
public sealed record RowResult(string Text, int Respondents, decimal? Average, IReadOnlyList<OptionResult> Points);

public sealed record ThemeCount(int Id, string Name, int Count);

/// <summary>
/// One question's results. <see cref="Respondents"/> is how many answered it; every percent is of them (a multiple
/// choice's shares add up to more than 100). Scales give each point as an option and their average.
/// </summary>
public sealed record QuestionResult(string Key, QuestionType Type, string Text, string? Section, int Respondents, IReadOnlyList<OptionResult> Options,
    decimal? Average, decimal? Min, decimal? Max, IReadOnlyList<RowResult> Rows, IReadOnlyList<ThemeCount> Themes);

public sealed record ChannelCount(ResponseChannel Channel, int Count);

public sealed record SurveyResults(int SurveyId, string Title, SurveyStatus Status, bool Sensitive, int? TargetCount, int ResponseCount, decimal? ResponseRate,
    IReadOnlyList<ChannelCount> ByChannel, IReadOnlyList<QuestionResult> Questions);

/// <summary>A cross-tab cell; <see cref="Count"/> and <see cref="Percent"/> are null when fewer than five people are in it.</summary>
public sealed record CrossCell(string Option, int? Count, decimal? Percent);

public sealed record CrossColumn(string Label, int? Respondents, bool Suppressed, IReadOnlyList<CrossCell> Cells);

public sealed record CrossTab(string QuestionKey, string Question, string By, int MinimumCell, IReadOnlyList<string> Options, IReadOnlyList<CrossColumn> Columns);

public sealed record ComparedOption(string Text, int? CountBefore, decimal? PercentBefore, int? CountAfter, decimal? PercentAfter, decimal? Change);

public sealed record ComparedQuestion(string Key, string Text, int RespondentsBefore, int RespondentsAfter, IReadOnlyList<ComparedOption> Options);

/// <summary>Two rounds side by side: "before" is the earlier survey, "after" this one; change in percentage points.</summary>
public sealed record RoundComparison(int BeforeId, string BeforeTitle, int BeforeResponses, int AfterId, string AfterTitle, int AfterResponses,
    IReadOnlyList<ComparedQuestion> Questions);

public sealed record OpenAnswer(long Id, int ResponseId, string QuestionKey, string Text, bool Other, int? ThemeId, DateTimeOffset SubmittedAt);
