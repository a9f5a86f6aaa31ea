using System.Globalization;
using System.Text.Json;
using Linli.Web.Platform.Api;

namespace Linli.Web.Modules.Surveys;

/// <summary>
/// Reads a paper questionnaire as typed at the keyboard: a choice by its number ("2"), several by their numbers ("1 3",
/// "1,3" or, under ten options, "13"), "other" in its own box; a matrix one box per row ("q5:0"). What cannot be read is
/// named under the question's key, like the rules' own errors; the rest goes on to <see cref="AnswerRules"/>.
/// </summary>
public static class PaperCodes
{
    public static Dictionary<string, JsonElement> Read(IReadOnlyList<QuestionView> questions, IReadOnlyDictionary<string, string?> typed, Dictionary<string, FieldError> errors)
    {
        var answers = new Dictionary<string, JsonElement>();
        string? Typed(string name) => typed.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        foreach (var q in questions)
        {
            switch (q.Type)
            {
                case QuestionType.Single or QuestionType.Multiple:
                    var picked = new List<object>();
                    if (Typed(q.Key) is { } codes)
                    {
                        var numbers = Numbers(codes, q.Options.Count);
                        if (numbers is null || numbers.Any(n => n < 1 || n > q.Options.Count))
                        {
                            errors[q.Key] = new("Surveys.CodeInvalid", q.Options.Count);
                            continue;
                        }
                        picked.AddRange(numbers.Select(n => q.Options[n - 1]));
                    }
                    if (q.AllowOther && Typed($"{q.Key}:other") is { } other) picked.Add(new { other });
                    if (picked.Count > 0) answers[q.Key] = JsonSerializer.SerializeToElement(q.Type == QuestionType.Single && picked.Count == 1 ? picked[0] : picked);
                    break;
                case QuestionType.Matrix:
                    var cells = q.Rows.Select((row, i) => (row, value: Typed($"{q.Key}:{i}"))).Where(c => c.value is not null).ToDictionary(c => c.row, c => c.value);
                    if (cells.Count > 0) answers[q.Key] = JsonSerializer.SerializeToElement(cells);
                    break;
                default:
                    if (Typed(q.Key) is { } value) answers[q.Key] = JsonSerializer.SerializeToElement(value);
                    break;
            }
        }
        return answers;
    }

    /// <summary>"1 3", "1,3", "1，3" or, when every option number is one digit, "13".</summary>
    private static List<int>? Numbers(string codes, int options)
    {
        var parts = codes.Split([' ', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && options < 10 && parts[0].Length > 1 && parts[0].All(char.IsAsciiDigit)) parts = [.. parts[0].Select(c => c.ToString())];
        var numbers = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            numbers.Add(n);
        }
        return numbers;
    }
}
