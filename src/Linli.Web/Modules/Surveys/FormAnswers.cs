using System.Text.Json;

namespace Linli.Web.Modules.Surveys;

/// <summary>
/// Reads the answers of a questionnaire posted as an HTML form (<see cref="Pages.QuestionFields"/>): a choice by its
/// option text, "__other" with the words in "key:other", a matrix row i in "key:i". survey-visit.js reads the same fields.
/// </summary>
public static class FormAnswers
{
    public const string Other = "__other";

    public static Dictionary<string, JsonElement> Read(IReadOnlyList<QuestionView> questions, IFormCollection form)
    {
        var answers = new Dictionary<string, JsonElement>();
        foreach (var q in questions)
        {
            var values = form[q.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            switch (q.Type)
            {
                case QuestionType.Single or QuestionType.Multiple:
                    var picked = values.Select(v => v == Other ? (object)new { other = form[$"{q.Key}:other"].ToString().Trim() } : v).ToList();
                    if (picked.Count == 0) continue;
                    answers[q.Key] = JsonSerializer.SerializeToElement(q.Type == QuestionType.Single && picked.Count == 1 ? picked[0] : picked);
                    break;
                case QuestionType.Matrix:
                    var cells = q.Rows.Select((row, i) => (row, value: form[$"{q.Key}:{i}"].ToString())).Where(c => c.value.Length > 0).ToDictionary(c => c.row, c => c.value);
                    if (cells.Count > 0) answers[q.Key] = JsonSerializer.SerializeToElement(cells);
                    break;
                default:
                    if (values.Count > 0) answers[q.Key] = JsonSerializer.SerializeToElement(values[0]);
                    break;
            }
        }
        return answers;
    }
}
