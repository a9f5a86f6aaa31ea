using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys.Results;

/// <summary>
/// Exports of a survey: every response as a row of a sheet (one column per question, a matrix one per row), and the
/// Word summary with charts. Raw answers of a sensitive survey go only to those who may see sensitive data, and every
/// raw export is audited (and, for a sensitive survey, recorded as an access to personal information).
/// </summary>
public sealed class SurveyExports(IAuthorizationService authorization, LinliDb db, SurveysService surveys, ResultsService results, AuditLog audit, Texts texts,
    TimeProvider clock)
{
    public async Task<(string FileName, byte[] Content)> RawAsync(int surveyId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (survey, questions) = await surveys.WithQuestionsAsync(surveyId, cancellationToken);
        if (survey.Sensitive)
        {
            if (!await authorization.AllowsAsync(user, SurveysPolicies.ExportSensitive)) throw new ForbiddenException();
            await results.RecordReadAsync(survey, "export:xlsx", cancellationToken);
        }
        var responses = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == surveyId).Include(r => r.Answers).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var compoundIds = responses.Where(r => r.CompoundId != null).Select(r => r.CompoundId!.Value).Distinct().ToList();
        var compounds = await db.Regions.AsNoTracking().Where(r => compoundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);

        var columns = questions.SelectMany(q => q.Type == QuestionType.Matrix
            ? q.Rows.Select((row, i) => (Question: q, Row: (int?)i, Header: $"{q.Key} {q.Text}：{row}"))
            : [(q, null, $"{q.Key} {q.Text}")]).ToList();
        string[] headers = ["序号", "渠道", "提交时间", "小区", "年龄段", "录入人", .. columns.Select(c => c.Header)];
        var rows = responses.Select((r, n) => (IReadOnlyList<object?>)[
            n + 1, texts[$"Surveys.Channel.{r.Channel}"], ChinaTime.ToOffset(r.SubmittedAt), r.CompoundId is { } c ? compounds.GetValueOrDefault(c) : null,
            r.AgeBand, r.EnteredBy, .. columns.Select(column => Cell(column.Question, column.Row, r.Answers))]);
        var content = Xlsx.Write("答卷", headers, rows);
        await audit.RecordAsync("survey.exported", "Survey", survey.Id.ToString(), $"xlsx {responses.Count} responses", cancellationToken);
        return ($"{survey.Title}-答卷.xlsx", content);
    }

    public async Task<(string FileName, byte[] Content)> SummaryAsync(int surveyId, CancellationToken cancellationToken)
    {
        var summary = await results.ResultsAsync(surveyId, cancellationToken);
        await audit.RecordAsync("survey.summary", "Survey", surveyId.ToString(), $"docx {summary.ResponseCount} responses", cancellationToken);
        return ($"{summary.Title}-结果汇总.docx", SummaryDocument.Build(summary, ChinaTime.ToOffset(clock.GetUtcNow().UtcDateTime)));
    }

    private static object? Cell(SurveyQuestion q, int? row, IReadOnlyList<SurveyAnswer> answers)
    {
        var mine = answers.Where(a => a.QuestionKey == q.Key && (row is null || a.Row == row)).ToList();
        if (mine.Count == 0) return null;
        return q.Type switch
        {
            QuestionType.Single or QuestionType.Multiple => string.Join("；", mine.OrderBy(a => a.Choice == SurveyAnswer.OtherChoice).ThenBy(a => a.Choice)
                .Select(a => a.Choice == SurveyAnswer.OtherChoice ? $"{ResultsService.OtherLabel}：{a.Text}" : q.Options[a.Choice!.Value])),
            QuestionType.Scale or QuestionType.Number or QuestionType.Matrix => mine[0].Number,
            _ => mine[0].Text,
        };
    }
}
