using System.Text.Json;

namespace Linli.Web.Modules.Surveys;

// "Single" is the API contract's spelling of a one-choice question.
#pragma warning disable CA1720
public enum QuestionType
{
    Single = 1,
    Multiple = 2,
    Scale = 3,
    Number = 4,
    Date = 5,
    Text = 6,
    LongText = 7,
    Matrix = 8,
}
#pragma warning restore CA1720

/// <summary>
/// One question of a survey, in its place. Choices are numbered by their position in <see cref="Options"/>: answers
/// store the number, so the text may be translated without touching them. A question with <see cref="ShowIfKey"/> is
/// shown (and may be required) only when the answer to that earlier question includes one of <see cref="ShowIfValues"/>.
/// </summary>
public sealed class SurveyQuestion
{
    public const int MaxKey = 40;
    public const int MaxText = 500;
    public const int MaxOption = 100;
    public const int MaxOptions = 50;
    public const int MaxShortText = 200;
    public const int MaxLongText = 2000;

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int Position { get; private set; }
    public string Key { get; private set; } = "";
    public QuestionType Type { get; private set; }
    public string Text { get; private set; } = "";
    public string? TextEn { get; private set; }
    public string? Section { get; private set; }
    public bool Required { get; private set; }
    public bool AllowOther { get; private set; }
    public int? MaxChoices { get; private set; }
    public decimal? Min { get; private set; }
    public decimal? Max { get; private set; }
    public string? ShowIfKey { get; private set; }
    private string OptionsJson { get; set; } = "[]";
    private string OptionsEnJson { get; set; } = "[]";
    private string RowsJson { get; set; } = "[]";
    private string ShowIfValuesJson { get; set; } = "[]";

    private SurveyQuestion() { }

    public SurveyQuestion(int surveyId, int position, QuestionDefinition definition)
    {
        SurveyId = surveyId;
        Position = position;
        Key = definition.Key;
        Type = definition.Type;
        Text = definition.Text;
        TextEn = definition.TextEn;
        Section = definition.Section;
        Required = definition.Required;
        AllowOther = definition.AllowOther;
        MaxChoices = definition.MaxChoices;
        Min = definition.Min;
        Max = definition.Max;
        ShowIfKey = definition.ShowIfKey;
        OptionsJson = JsonSerializer.Serialize(definition.Options);
        OptionsEnJson = JsonSerializer.Serialize(definition.OptionsEn);
        RowsJson = JsonSerializer.Serialize(definition.Rows);
        ShowIfValuesJson = JsonSerializer.Serialize(definition.ShowIfValues);
    }

    // A question never changes once saved (a draft's edit replaces its questions), so each list is read once.
    private List<string>? options, optionsEn, rows, showIfValues;

    public IReadOnlyList<string> Options => options ??= Read(OptionsJson);
    public IReadOnlyList<string> OptionsEn => optionsEn ??= Read(OptionsEnJson);
    public IReadOnlyList<string> Rows => rows ??= Read(RowsJson);
    public IReadOnlyList<string> ShowIfValues => showIfValues ??= Read(ShowIfValuesJson);

    private static List<string> Read(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    /// <summary>A scale runs 1–5 unless set otherwise.</summary>
    public int ScaleMin => (int)(Min ?? 1);
    public int ScaleMax => (int)(Max ?? 5);
}

/// <summary>A question as <see cref="QuestionChecks"/> passed it, from the builder, the API or a template.</summary>
public sealed record QuestionDefinition(string Key, QuestionType Type, string Text, string? TextEn, string? Section, IReadOnlyList<string> Options,
    IReadOnlyList<string> OptionsEn, IReadOnlyList<string> Rows, bool Required, bool AllowOther, int? MaxChoices, decimal? Min, decimal? Max,
    string? ShowIfKey, IReadOnlyList<string> ShowIfValues);
