using System.Globalization;
using System.Text.Json;
using Linli.Web.Platform.Api;

namespace Linli.Web.Modules.Surveys;

/// <summary>
/// Turns a response's answers ({"key": value}) into <see cref="SurveyAnswer"/> rows, checking each against its
/// question: a choice must be one of the options (or "other" where allowed), no more choices than allowed, scales and
/// numbers within range, required questions answered when shown, hidden questions (skip logic) left alone. Every broken
/// rule is gathered under the question's key, so one 422 names them all.
/// Values: a choice is its option text, or {"other": "..."}; several choices an array of those; a scale or number a
/// JSON number (a named scale point also by its name); a date "yyyy-MM-dd"; a text a string; a matrix {"row text": point}.
/// </summary>
public static class AnswerRules
{
    public static IReadOnlyList<SurveyAnswer> Check(int surveyId, IReadOnlyList<SurveyQuestion> questions, IReadOnlyDictionary<string, JsonElement>? answers)
    {
        answers ??= new Dictionary<string, JsonElement>();
        var errors = new Dictionary<string, FieldError>();
        var rows = new List<SurveyAnswer>();
        var chosen = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var key in answers.Keys.Where(k => questions.All(q => q.Key != k)))
            errors[key] = new("Surveys.UnknownQuestion");

        foreach (var question in questions)
        {
            var given = answers.TryGetValue(question.Key, out var value) && !IsEmpty(value);
            if (!IsShown(question, chosen))
            {
                if (given) errors[question.Key] = new("Surveys.NotShown");
                continue;
            }
            if (!given)
            {
                if (question.Required) errors[question.Key] = new("Surveys.Required");
                continue;
            }
            var error = Read(surveyId, question, value, rows, chosen);
            if (error is not null) errors[question.Key] = error;
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return rows;
    }

    /// <summary>Whether skip logic shows <paramref name="question"/>, given the choices made so far (hidden questions made none).</summary>
    public static bool IsShown(SurveyQuestion question, IReadOnlyDictionary<string, IReadOnlyList<string>> chosen) =>
        question.ShowIfKey is not { } key || (chosen.TryGetValue(key, out var made) && made.Intersect(question.ShowIfValues).Any());

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        _ => false,
    };

    private static FieldError? Read(int surveyId, SurveyQuestion q, JsonElement value, List<SurveyAnswer> rows, Dictionary<string, IReadOnlyList<string>> chosen)
    {
        switch (q.Type)
        {
            case QuestionType.Single:
                {
                    if (value.ValueKind == JsonValueKind.Array) return new("Surveys.OneChoice");
                    var error = Choice(surveyId, q, value, rows, out var text);
                    if (error is null) chosen[q.Key] = [text];
                    return error;
                }
            case QuestionType.Multiple:
                {
                    var items = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : new List<JsonElement> { value };
                    if (q.MaxChoices is { } max && items.Count > max) return new("Surveys.TooManyChoices", max);
                    var texts = new List<string>();
                    foreach (var item in items)
                    {
                        var error = Choice(surveyId, q, item, rows, out var text);
                        if (error is not null) return error;
                        if (texts.Contains(text)) return new("Surveys.ChosenTwice", text);
                        texts.Add(text);
                    }
                    chosen[q.Key] = texts;
                    return null;
                }
            case QuestionType.Scale:
                {
                    // A named point may be given by its name.
                    var named = value.ValueKind == JsonValueKind.String ? q.Options.ToList().IndexOf(value.GetString()!.Trim()) : -1;
                    var point = named >= 0 ? q.ScaleMin + named : 0m;
                    if (named < 0 && (!TryNumber(value, out point) || point != decimal.Truncate(point))) return new("Surveys.NotAPoint", q.ScaleMin, q.ScaleMax);
                    if (point < q.ScaleMin || point > q.ScaleMax) return new("Surveys.OutOfRange", q.ScaleMin, q.ScaleMax);
                    rows.Add(new SurveyAnswer(surveyId, q.Key, number: point));
                    return null;
                }
            case QuestionType.Number:
                {
                    if (!TryNumber(value, out var number) || decimal.Round(number, 2) != number || Math.Abs(number) >= 1_000_000_000_000m) return new("Surveys.NotANumber");
                    if ((q.Min is { } min && number < min) || (q.Max is { } max && number > max))
                        return new("Surveys.OutOfRange", (q.Min ?? decimal.MinValue).ToString(CultureInfo.InvariantCulture), (q.Max ?? decimal.MaxValue).ToString(CultureInfo.InvariantCulture));
                    rows.Add(new SurveyAnswer(surveyId, q.Key, number: number));
                    return null;
                }
            case QuestionType.Date:
                {
                    if (value.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        return new("Surveys.NotADate");
                    rows.Add(new SurveyAnswer(surveyId, q.Key, text: date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                    return null;
                }
            case QuestionType.Text or QuestionType.LongText:
                {
                    if (value.ValueKind != JsonValueKind.String) return new("Surveys.NotAText");
                    var text = value.GetString()!.Trim();
                    var limit = q.Type == QuestionType.Text ? SurveyQuestion.MaxShortText : SurveyQuestion.MaxLongText;
                    if (text.Length > limit) return new("Validation.MaxLength", limit);
                    rows.Add(new SurveyAnswer(surveyId, q.Key, text: text));
                    return null;
                }
            case QuestionType.Matrix:
                {
                    if (value.ValueKind != JsonValueKind.Object) return new("Surveys.NotAMatrix");
                    var given = value.EnumerateObject().ToList();
                    foreach (var cell in given)
                    {
                        var row = q.Rows.ToList().IndexOf(cell.Name);
                        if (row < 0) return new("Surveys.UnknownRow", cell.Name);
                        if (!TryNumber(cell.Value, out var point) || point != decimal.Truncate(point) || point < q.ScaleMin || point > q.ScaleMax)
                            return new("Surveys.OutOfRange", q.ScaleMin, q.ScaleMax);
                        rows.Add(new SurveyAnswer(surveyId, q.Key, row: row, number: point));
                    }
                    if (q.Required && given.Count < q.Rows.Count) return new("Surveys.EveryRow");
                    return null;
                }
            default:
                return new("Validation.Invalid");
        }
    }

    private static FieldError? Choice(int surveyId, SurveyQuestion q, JsonElement value, List<SurveyAnswer> rows, out string text)
    {
        text = "";
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (!q.AllowOther) return new("Surveys.NoOther");
            if (!value.TryGetProperty("other", out var other) || other.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(other.GetString()))
                return new("Surveys.OtherEmpty");
            var said = other.GetString()!.Trim();
            if (said.Length > SurveyQuestion.MaxShortText) return new("Validation.MaxLength", SurveyQuestion.MaxShortText);
            text = "other";
            rows.Add(new SurveyAnswer(surveyId, q.Key, choice: SurveyAnswer.OtherChoice, text: said));
            return null;
        }
        if (value.ValueKind != JsonValueKind.String) return new("Surveys.UnknownOption", value.ToString());
        var given = value.GetString()!.Trim();
        var index = q.Options.ToList().IndexOf(given);
        if (index < 0) return new("Surveys.UnknownOption", given);
        text = given;
        rows.Add(new SurveyAnswer(surveyId, q.Key, choice: index));
        return null;
    }

    private static bool TryNumber(JsonElement value, out decimal number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out number),
            // Paper forms and phones send what was typed.
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }
}
