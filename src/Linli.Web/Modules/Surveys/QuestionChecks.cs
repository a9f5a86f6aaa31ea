using System.Text.RegularExpressions;
using Linli.Web.Platform.Api;

namespace Linli.Web.Modules.Surveys;

/// <summary>Checks a survey's questions as a whole (unique keys, options where choices are asked, skip logic pointing back at a choice question), gathering every error under "questions[i].field".</summary>
public static partial class QuestionChecks
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex KeyPattern();

    public static IReadOnlyList<QuestionDefinition> Check(IReadOnlyList<QuestionInput>? inputs, Dictionary<string, FieldError> errors)
    {
        var questions = new List<QuestionDefinition>();
        if (inputs is null) return questions;
        if (inputs.Count > Survey.MaxQuestions) errors["questions"] = new("Surveys.TooManyQuestions", Survey.MaxQuestions);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var at = $"questions[{i}]";
            var key = input.Key?.Trim() ?? "";
            if (!KeyPattern().IsMatch(key)) errors[$"{at}.key"] = new("Surveys.KeyInvalid");
            else if (questions.Any(q => q.Key == key)) errors[$"{at}.key"] = new("Surveys.KeyTaken", key);
            if (input.Type is not { } type || !Enum.IsDefined(type))
            {
                errors[$"{at}.type"] = new("Validation.Invalid");
                continue;
            }
            var text = errors.Text(input.Text, $"{at}.text", SurveyQuestion.MaxText);
            var textEn = errors.Text(input.TextEn, $"{at}.textEn", SurveyQuestion.MaxText, required: false);
            var section = errors.Text(input.Section, $"{at}.section", SurveyQuestion.MaxText, required: false);
            var options = List(input.Options, $"{at}.options", errors);
            var optionsEn = List(input.OptionsEn, $"{at}.optionsEn", errors);
            var rows = List(input.Rows, $"{at}.rows", errors);
            var choices = type is QuestionType.Single or QuestionType.Multiple;
            if (choices && options.Count < 2 && !(options.Count == 1 && input.AllowOther == true)) errors[$"{at}.options"] = new("Surveys.OptionsNeeded");
            // A scale may name its points ("很不满意" … "很满意"): then it has as many points as names.
            var labelled = type == QuestionType.Scale && options.Count > 0;
            if (!choices && !labelled && options.Count > 0) errors[$"{at}.options"] = new("Surveys.OptionsNotHere");
            var maxValue = labelled && input.Max is null ? (input.Min ?? 1) + options.Count - 1 : input.Max;
            if (labelled && maxValue - (input.Min ?? 1) + 1 != options.Count) errors[$"{at}.options"] = new("Surveys.ScaleLabels");
            if (optionsEn.Count > 0 && optionsEn.Count != options.Count) errors[$"{at}.optionsEn"] = new("Surveys.OptionsEnCount");
            if (type == QuestionType.Matrix && rows.Count == 0) errors[$"{at}.rows"] = new("Surveys.RowsNeeded");
            if (input.MaxChoices is { } max && (type != QuestionType.Multiple || max < 1 || max > options.Count + 1)) errors[$"{at}.maxChoices"] = new("Validation.Invalid");
            if (input.AllowOther == true && !choices) errors[$"{at}.allowOther"] = new("Validation.Invalid");
            if (type is QuestionType.Scale or QuestionType.Matrix)
            {
                var (low, high) = (input.Min ?? 1, maxValue ?? 5);
                if (low != decimal.Truncate(low) || high != decimal.Truncate(high) || low < 0 || high - low < 1 || high - low > 10) errors[$"{at}.max"] = new("Surveys.ScaleRange");
            }
            if (input.Min is { } min && maxValue is { } top && min > top) errors[$"{at}.max"] = new("Surveys.ScaleRange");

            string? showIfKey = null;
            List<string> showIfValues = [];
            if (input.ShowIf is { } showIf)
            {
                showIfKey = showIf.Key?.Trim();
                var source = questions.FirstOrDefault(q => q.Key == showIfKey);
                showIfValues = [.. (showIf.AnyOf ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct()];
                // Skip logic looks back, at a choice question, at its options: a form shown top to bottom can follow it.
                if (source is null || source.Type is not (QuestionType.Single or QuestionType.Multiple)) errors[$"{at}.showIf.key"] = new("Surveys.ShowIfKey");
                else if (showIfValues.Count == 0 || showIfValues.Any(v => !source.Options.Contains(v))) errors[$"{at}.showIf.anyOf"] = new("Surveys.ShowIfValues");
            }
            questions.Add(new QuestionDefinition(key, type, text, textEn.Length == 0 ? null : textEn, section.Length == 0 ? null : section, options, optionsEn, rows,
                input.Required ?? false, input.AllowOther ?? false, input.MaxChoices, input.Min, maxValue, showIfKey, showIfValues));
        }
        return questions;
    }

    private static List<string> List(List<string>? values, string field, Dictionary<string, FieldError> errors)
    {
        var list = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (list.Count > SurveyQuestion.MaxOptions) errors[field] = new("Surveys.TooManyOptions", SurveyQuestion.MaxOptions);
        else if (list.Any(v => v.Length == 0 || v.Length > SurveyQuestion.MaxOption)) errors[field] = new("Surveys.OptionInvalid", SurveyQuestion.MaxOption);
        else if (list.Distinct().Count() != list.Count) errors[field] = new("Surveys.OptionTwice");
        return list;
    }
}
