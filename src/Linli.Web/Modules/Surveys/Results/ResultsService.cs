using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys.Results;

/// <summary>
/// What the answers say, counted by the database as they come in: counts and shares per option, scale averages, the
/// response rate against the survey's target, cross-tabs by compound, age band and tag (cells under five people
/// suppressed), the change between two rounds, and the open answers with the themes staff coded them into.
/// </summary>
public sealed class ResultsService(IAuthorizationService authorization, LinliDb db, SurveysService surveys, ResidentDirectory residents, AccessRecorder access)
{
    public const int MinimumCell = 5;

    public async Task<SurveyResults> ResultsAsync(int surveyId, CancellationToken cancellationToken)
    {
        var (survey, questions) = await surveys.WithQuestionsAsync(surveyId, cancellationToken);
        var answers = db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == surveyId);
        var channels = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == surveyId).GroupBy(r => r.Channel)
            .Select(g => new ChannelCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var tallies = await answers.GroupBy(a => new { a.QuestionKey, a.Choice, a.Row, a.Number })
            .Select(g => new Tally(g.Key.QuestionKey, g.Key.Choice, g.Key.Row, g.Key.Number, g.Count())).ToListAsync(cancellationToken);
        var respondents = await answers.GroupBy(a => a.QuestionKey).Select(g => new { g.Key, Count = g.Select(a => a.ResponseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var themes = await ThemeCountsAsync(surveyId, cancellationToken);

        var responseCount = channels.Sum(c => c.Count);
        var target = await TargetAsync(survey, cancellationToken);
        return new SurveyResults(survey.Id, survey.Title, survey.Status, survey.Sensitive, target, responseCount,
            target is > 0 ? Percent.Of(responseCount, target.Value) : null, channels,
            [.. questions.Select(q => Result(q, respondents.GetValueOrDefault(q.Key), [.. tallies.Where(t => t.Key == q.Key)], themes.GetValueOrDefault(q.Key) ?? []))]);
    }

    /// <summary>
    /// How many the survey means to reach, now: the typed number, the households under the target region, or the
    /// living residents with the target tag. Null when the survey set no target.
    /// </summary>
    public async Task<int?> TargetAsync(Survey survey, CancellationToken cancellationToken)
    {
        switch (survey.Target)
        {
            case SurveyTarget.Count:
                return survey.TargetCount;
            case SurveyTarget.Households when survey.TargetRegionId is { } regionId:
                var path = await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Path).FirstAsync(cancellationToken);
                return await residents.CountHouseholdsAsync(survey.CommunityId, regionId == survey.CommunityId ? null : path, cancellationToken);
            case SurveyTarget.Tag when survey.TargetTag is { } tag:
                return await residents.CountTaggedAsync(survey.CommunityId, tag, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// One choice, scale or matrix question's answers split by compound, age band or tag ("compound", "ageBand", "tag").
    /// Respondents known only by the public link fall under "unknown". A cell with one to four people shows no figure,
    /// nor does a column with fewer than five respondents: small groups in a compound are people one can name.
    /// </summary>
    public async Task<CrossTab> CrossTabAsync(int surveyId, string? questionKey, string? by, CancellationToken cancellationToken)
    {
        var (survey, questions) = await surveys.WithQuestionsAsync(surveyId, cancellationToken);
        var question = questions.FirstOrDefault(q => q.Key == questionKey) ?? throw new FieldValidationException("question", "Surveys.UnknownQuestion");
        if (question.Type is not (QuestionType.Single or QuestionType.Multiple or QuestionType.Scale)) throw new FieldValidationException("question", "Surveys.NotCrossTabbed");
        var options = OptionTexts(question);
        var answers = db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == surveyId && a.QuestionKey == question.Key);
        var joined = answers.Join(db.Set<SurveyResponse>(), a => a.ResponseId, r => r.Id, (a, r) => new { a.ResponseId, a.Choice, a.Number, r.CompoundId, r.AgeBand, r.ResidentId });
        List<(string Label, int? Choice, decimal? Number, int ResponseId)> rows;
        IReadOnlyList<string> order;
        switch (by)
        {
            case "compound":
                var byCompound = await joined.ToListAsync(cancellationToken);
                var ids = byCompound.Where(x => x.CompoundId != null).Select(x => x.CompoundId!.Value).Distinct().ToList();
                var names = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
                rows = [.. byCompound.Select(x => (x.CompoundId is { } c ? names.GetValueOrDefault(c, "?") : Unknown, x.Choice, x.Number, x.ResponseId))];
                order = [.. names.Values.Order()];
                break;
            case "ageBand":
                rows = [.. (await joined.ToListAsync(cancellationToken)).Select(x => (x.AgeBand ?? Unknown, x.Choice, x.Number, x.ResponseId))];
                order = AgeBands.All;
                break;
            case "tag":
                var named = await joined.Where(x => x.ResidentId != null).ToListAsync(cancellationToken);
                var tags = await residents.TagsOfAsync(named.Select(x => x.ResidentId!.Value), cancellationToken);
                var tagged = named.SelectMany(x => tags[x.ResidentId!.Value], (x, key) => new { Key = key, x.Choice, x.Number, x.ResponseId }).ToList();
                rows = [.. tagged.Select(x => (x.Key, x.Choice, x.Number, x.ResponseId))];
                order = [.. tagged.Select(x => x.Key).Distinct().Order()];
                break;
            default:
                throw new FieldValidationException("by", "Surveys.CrossTabBy");
        }

        var columns = new List<CrossColumn>();
        foreach (var label in order.Concat([Unknown]).Where(l => rows.Any(r => r.Label == l)))
        {
            var mine = rows.Where(r => r.Label == label).ToList();
            var n = mine.Select(r => r.ResponseId).Distinct().Count();
            var suppressed = n < MinimumCell;
            var cells = options.Select((text, i) =>
            {
                var count = mine.Where(r => OptionIndex(question, r.Choice, r.Number) == i).Select(r => r.ResponseId).Distinct().Count();
                var hidden = suppressed || count is > 0 and < MinimumCell;
                return new CrossCell(text, hidden ? null : count, hidden ? null : Percent.Of(count, n));
            }).ToList();
            columns.Add(new CrossColumn(label, suppressed ? null : n, suppressed, cells));
        }
        return new CrossTab(question.Key, question.Text, by, MinimumCell, options, columns);
    }

    /// <summary>This survey beside an earlier round (its copy source, or any survey named): the same questions matched by key, options by text.</summary>
    public async Task<RoundComparison> CompareAsync(int surveyId, int? beforeId, CancellationToken cancellationToken)
    {
        var after = await ResultsAsync(surveyId, cancellationToken);
        var earlier = beforeId ?? (await surveys.FindAsync(surveyId, cancellationToken)).CopiedFromId ?? throw new FieldValidationException("before", "Surveys.NoEarlierRound");
        var before = await ResultsAsync(earlier, cancellationToken);
        var compared = new List<ComparedQuestion>();
        foreach (var a in after.Questions)
        {
            if (before.Questions.FirstOrDefault(q => q.Key == a.Key && q.Type == a.Type) is not { } b || a.Options.Count == 0) continue;
            var texts = b.Options.Select(o => o.Text).Union(a.Options.Select(o => o.Text));
            compared.Add(new ComparedQuestion(a.Key, a.Text, b.Respondents, a.Respondents, [.. texts.Select(text =>
            {
                var (was, now) = (b.Options.FirstOrDefault(o => o.Text == text), a.Options.FirstOrDefault(o => o.Text == text));
                return new ComparedOption(text, was?.Count, was?.Percent, now?.Count, now?.Percent, was is null || now is null ? null : now.Percent - was.Percent);
            })]));
        }
        return new RoundComparison(before.SurveyId, before.Title, before.ResponseCount, after.SurveyId, after.Title, after.ResponseCount, compared);
    }

    /// <summary>The written answers to a question (texts, and what "other" said), newest first. Reading a sensitive survey's answers is recorded.</summary>
    public async Task<IReadOnlyList<OpenAnswer>> OpenAnswersAsync(int surveyId, string questionKey, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var survey = await surveys.FindAsync(surveyId, cancellationToken);
        if (survey.Sensitive)
        {
            if (!await authorization.AllowsAsync(user, SurveysPolicies.ExportSensitive)) throw new ForbiddenException();
            await RecordReadAsync(survey, $"answers:{questionKey}", cancellationToken);
        }
        var answers = await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == surveyId && a.QuestionKey == questionKey && a.Text != null)
            .Join(db.Set<SurveyResponse>(), a => a.ResponseId, r => r.Id, (a, r) => new { a, r.SubmittedAt })
            .OrderByDescending(x => x.a.Id).Take(2000).ToListAsync(cancellationToken);
        return [.. answers.Select(x => new OpenAnswer(x.a.Id, x.a.ResponseId, x.a.QuestionKey, x.a.Text!, x.a.Choice == SurveyAnswer.OtherChoice, x.a.ThemeId,
            ChinaTime.ToOffset(x.SubmittedAt)))];
    }

    public async Task<AnswerTheme> AddThemeAsync(int surveyId, string? questionKey, string? name, CancellationToken cancellationToken)
    {
        var (_, questions) = await surveys.WithQuestionsAsync(surveyId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (questions.All(q => q.Key != questionKey)) errors["questionKey"] = new("Surveys.UnknownQuestion");
        var text = errors.Text(name, "name", AnswerTheme.MaxName);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var theme = new AnswerTheme(surveyId, questionKey!, text);
        db.Set<AnswerTheme>().Add(theme);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("Surveys.ThemeTaken");
        }
        return theme;
    }

    /// <summary>Codes one open answer into a theme of its question (or clears it with null).</summary>
    public async Task CodeAsync(int surveyId, long answerId, int? themeId, CancellationToken cancellationToken)
    {
        await surveys.FindAsync(surveyId, cancellationToken);
        var answer = await db.Set<SurveyAnswer>().FirstOrDefaultAsync(a => a.Id == answerId && a.SurveyId == surveyId && a.Text != null, cancellationToken)
            ?? throw new NotFoundException();
        if (themeId is { } id && !await db.Set<AnswerTheme>().AnyAsync(t => t.Id == id && t.SurveyId == surveyId && t.QuestionKey == answer.QuestionKey, cancellationToken))
            throw new FieldValidationException("themeId", "Surveys.UnknownTheme");
        answer.CodeAs(themeId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A read of a sensitive survey's raw answers: an access record and an audit entry, as an unmasked ID number gets.</summary>
    public Task RecordReadAsync(Survey survey, string what, CancellationToken cancellationToken) =>
        access.RecordAsync("survey.answers-read", "Survey", survey.Id.ToString(), what, "survey results", cancellationToken);

    public async Task<Dictionary<string, List<ThemeCount>>> ThemeCountsAsync(int surveyId, CancellationToken cancellationToken)
    {
        var themes = await db.Set<AnswerTheme>().AsNoTracking().Where(t => t.SurveyId == surveyId).ToListAsync(cancellationToken);
        if (themes.Count == 0) return [];
        var counts = await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.SurveyId == surveyId && a.ThemeId != null).GroupBy(a => a.ThemeId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return themes.GroupBy(t => t.QuestionKey).ToDictionary(g => g.Key,
            g => g.Select(t => new ThemeCount(t.Id, t.Name, counts.GetValueOrDefault(t.Id))).OrderByDescending(t => t.Count).ThenBy(t => t.Name).ToList());
    }

    private const string Unknown = "未知";

    private sealed record Tally(string Key, int? Choice, int? Row, decimal? Number, int Count);

    /// <summary>The options results are counted in: a choice question's options (and "other" when allowed), a scale's points (or their names).</summary>
    public static IReadOnlyList<string> OptionTexts(SurveyQuestion q) => q.Type switch
    {
        QuestionType.Single or QuestionType.Multiple => [.. q.Options, .. q.AllowOther ? new[] { OtherLabel } : []],
        QuestionType.Scale when q.Options.Count > 0 => q.Options,
        QuestionType.Scale or QuestionType.Matrix => [.. Enumerable.Range(q.ScaleMin, q.ScaleMax - q.ScaleMin + 1).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        _ => [],
    };

    public const string OtherLabel = "其他";

    private static int OptionIndex(SurveyQuestion q, int? choice, decimal? number) => q.Type switch
    {
        QuestionType.Single or QuestionType.Multiple => choice == SurveyAnswer.OtherChoice ? q.Options.Count : choice ?? -2,
        _ => number is { } n ? (int)n - q.ScaleMin : -2,
    };

    private static QuestionResult Result(SurveyQuestion q, int respondents, IReadOnlyList<Tally> tallies, IReadOnlyList<ThemeCount> themes)
    {
        var texts = OptionTexts(q);
        if (q.Type == QuestionType.Matrix)
        {
            var rows = q.Rows.Select((row, r) =>
            {
                var mine = tallies.Where(t => t.Row == r).ToList();
                var n = mine.Sum(t => t.Count);
                return new RowResult(row, n, Percent.Average(mine.Sum(t => t.Number!.Value * t.Count), n),
                    [.. texts.Select((text, i) => mine.Where(t => (int)t.Number!.Value - q.ScaleMin == i).Sum(t => t.Count)).Select((c, i) => new OptionResult(texts[i], c, Percent.Of(c, n)))]);
            }).ToList();
            return new QuestionResult(q.Key, q.Type, q.Text, q.Section, respondents, [], null, null, null, rows, themes);
        }
        var options = texts.Select((text, i) =>
        {
            var count = tallies.Where(t => OptionIndex(q, t.Choice, t.Number) == i).Sum(t => t.Count);
            return new OptionResult(text, count, Percent.Of(count, respondents));
        }).ToList();
        var numbers = tallies.Where(t => t.Number is not null).ToList();
        var numeric = q.Type is QuestionType.Scale or QuestionType.Number && numbers.Count > 0;
        return new QuestionResult(q.Key, q.Type, q.Text, q.Section, respondents, options,
            numeric ? Percent.Average(numbers.Sum(t => t.Number!.Value * t.Count), numbers.Sum(t => t.Count)) : null,
            numeric ? numbers.Min(t => t.Number) : null, numeric ? numbers.Max(t => t.Number) : null, [], themes);
    }
}
