using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys;

/// <summary>Building questionnaires: create, edit while a draft, copy from a template or an earlier round, open and close.</summary>
public sealed class SurveysService(LinliDb db, ResidentPlacement placement, Grants.GrantProjectDirectory grantProjects, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Survey> CreateAsync(SurveyInput input, ClaimsPrincipal user, CancellationToken cancellationToken, int? copiedFromId = null)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var (settings, questions) = await CheckAsync(input, input.CommunityId, errors, cancellationToken);
        if (input.GrantProjectId is { } project && input.CommunityId is { } community
            && await grantProjects.CheckRecordAsync(project, community, cancellationToken) is { } refusal)
            errors["grantProjectId"] = new(refusal);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var survey = new Survey(input.CommunityId.Value, settings, copiedFromId, user.Identity?.Name ?? "", Now);
        survey.InProject(input.GrantProjectId);
        db.Set<Survey>().Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<SurveyQuestion>().AddRange(questions.Select((q, i) => new SurveyQuestion(survey.Id, i + 1, q)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("survey.created", "Survey", survey.Id.ToString(), $"{questions.Count} questions{(copiedFromId is { } from ? $" from {from}" : "")}", cancellationToken);
        return survey;
    }

    /// <summary>Replaces a draft's settings and questions; an open or closed survey keeps its questions, since responses answer them.</summary>
    public async Task UpdateAsync(int surveyId, SurveyInput input, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(surveyId, cancellationToken);
        if (!survey.IsEditable) throw new ConflictException("Surveys.NotDraft");
        var errors = new Dictionary<string, FieldError>();
        var (settings, questions) = await CheckAsync(input, survey.CommunityId, errors, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        survey.Apply(settings);
        await db.Set<SurveyQuestion>().Where(q => q.SurveyId == surveyId).ExecuteDeleteAsync(cancellationToken);
        db.Set<SurveyQuestion>().AddRange(questions.Select((q, i) => new SurveyQuestion(survey.Id, i + 1, q)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("survey.updated", "Survey", survey.Id.ToString(), $"{questions.Count} questions", cancellationToken);
    }

    public async Task<Survey> CopyAsync(int surveyId, int? communityId, string? title, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (survey, questions) = await WithQuestionsAsync(surveyId, cancellationToken);
        var input = ToInput(survey, questions) with { CommunityId = communityId ?? survey.CommunityId, Title = string.IsNullOrWhiteSpace(title) ? survey.Title : title };
        return await CreateAsync(input, user, cancellationToken, survey.Id);
    }

    public async Task<Survey> FromTemplateAsync(string key, int? communityId, string? title, ClaimsPrincipal user, CancellationToken cancellationToken,
        int? grantProjectId = null)
    {
        var template = SurveyTemplates.Find(key) ?? throw new NotFoundException();
        return await CreateAsync(new SurveyInput(communityId, string.IsNullOrWhiteSpace(title) ? template.Title : title, template.TitleEn, template.Intro, null, null, null, null, null, template.OncePer, null,
            [.. template.Questions], grantProjectId), user, cancellationToken);
    }

    /// <summary>
    /// A one-question poll for the households of a place (a micro-renewal's design options), opened at once: one
    /// answer per household, only households living there, entered by staff or answered in the portal.
    /// </summary>
    public async Task<int> OpenHouseholdPollAsync(HouseholdPoll poll, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var survey = await CreateAsync(new SurveyInput(poll.CommunityId, poll.Title, null, poll.Intro, SurveyTarget.Households, null, poll.RegionId, null,
            SurveyRespondents.SignedIn, SurveyOncePer.Household, false,
            [new QuestionInput(HouseholdPoll.QuestionKey, QuestionType.Single, poll.Question, Options: [.. poll.Options], Required: true)]), user, cancellationToken);
        await OpenAsync(survey.Id, cancellationToken);
        return survey.Id;
    }

    public async Task OpenAsync(int surveyId, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(surveyId, cancellationToken);
        if (!await db.Set<SurveyQuestion>().AnyAsync(q => q.SurveyId == surveyId, cancellationToken)) throw new ConflictException("Surveys.NoQuestions");
        survey.Open(Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("survey.opened", "Survey", survey.Id.ToString(), "", cancellationToken);
    }

    public async Task CloseAsync(int surveyId, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(surveyId, cancellationToken);
        if (survey.Status != SurveyStatus.Open) throw new ConflictException("Surveys.NotOpen");
        survey.Close(Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("survey.closed", "Survey", survey.Id.ToString(), "", cancellationToken);
    }

    public async Task<IReadOnlyList<SurveySummary>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var surveys = await db.Set<Survey>().AsNoTracking().Where(s => s.CommunityId == communityId).OrderByDescending(s => s.Id).Take(500)
            .Select(s => new { s, Responses = db.Set<SurveyResponse>().Count(r => r.SurveyId == s.Id) }).ToListAsync(cancellationToken);
        return [.. surveys.Select(x => new SurveySummary(x.s.Id, x.s.CommunityId, x.s.Title, x.s.Status, x.Responses, x.s.TargetCount, Platform.Localization.ChinaTime.ToOffset(x.s.CreatedAt)))];
    }

    public async Task<SurveyDetail> DetailAsync(int surveyId, CancellationToken cancellationToken)
    {
        var (survey, questions) = await WithQuestionsAsync(surveyId, cancellationToken);
        return SurveyDetail.Of(survey, questions);
    }

    /// <summary>The compounds of a community, which a survey may target (their households) or a door-to-door entry name.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CompoundsAsync(int communityId, CancellationToken cancellationToken)
    {
        var community = await db.Regions.AsNoTracking().Where(r => r.Id == communityId).Select(r => r.Path).FirstOrDefaultAsync(cancellationToken);
        if (community is null) return [];
        var compounds = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Compound && r.Path.StartsWith(community)).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return [.. compounds.Select(c => (c.Id, c.Name))];
    }

    /// <summary>A survey within the caller's communities; 404 for anything else.</summary>
    public async Task<Survey> FindAsync(int surveyId, CancellationToken cancellationToken) =>
        await db.Set<Survey>().FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken) ?? throw new NotFoundException();

    public async Task<(Survey Survey, IReadOnlyList<SurveyQuestion> Questions)> WithQuestionsAsync(int surveyId, CancellationToken cancellationToken)
    {
        var survey = await FindAsync(surveyId, cancellationToken);
        return (survey, await QuestionsAsync(surveyId, cancellationToken));
    }

    public async Task<IReadOnlyList<SurveyQuestion>> QuestionsAsync(int surveyId, CancellationToken cancellationToken) =>
        await db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.SurveyId == surveyId).OrderBy(q => q.Position).ToListAsync(cancellationToken);

    /// <summary>The settings and questions of a survey, as an edit starts from them.</summary>
    public static SurveyInput ToInput(Survey survey, IReadOnlyList<SurveyQuestion> questions) => new(survey.CommunityId, survey.Title, survey.TitleEn, survey.Intro,
        survey.Target, survey.TargetCount, survey.TargetRegionId, survey.TargetTag, survey.Respondents, survey.OncePer, survey.Sensitive,
        [.. questions.Select(q => new QuestionInput(q.Key, q.Type, q.Text, q.TextEn, q.Section, [.. q.Options], [.. q.OptionsEn], [.. q.Rows], q.Required, q.AllowOther,
            q.MaxChoices, q.Min, q.Max, q.ShowIfKey is null ? null : new ShowIfInput(q.ShowIfKey, [.. q.ShowIfValues])))]);

    private async Task<(SurveySettings, IReadOnlyList<QuestionDefinition>)> CheckAsync(SurveyInput input, int? communityId, Dictionary<string, FieldError> errors,
        CancellationToken cancellationToken)
    {
        var title = errors.Text(input.Title, "title", Survey.MaxTitle);
        var titleEn = errors.Text(input.TitleEn, "titleEn", Survey.MaxTitle, required: false);
        var intro = errors.Text(input.Intro, "intro", Survey.MaxIntro, required: false);
        var target = input.Target ?? (input.TargetCount is null ? SurveyTarget.None : SurveyTarget.Count);
        if (!Enum.IsDefined(target)) errors["target"] = new("Validation.Invalid");
        if (target == SurveyTarget.Count && input.TargetCount is not (> 0 and <= 10_000_000)) errors["targetCount"] = new("Surveys.TargetCount");
        if (target == SurveyTarget.Households)
        {
            // The households of the whole community, or of one compound (or building) in it.
            var region = input.TargetRegionId is { } regionId ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken) : null;
            var community = communityId is { } c ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == c, cancellationToken) : null;
            if (region is null || community is null || !region.Path.StartsWith(community.Path, StringComparison.Ordinal) || region.Kind == RegionKind.Unit)
                errors["targetRegionId"] = new("Surveys.TargetRegion");
        }
        var tag = errors.Text(input.TargetTag, "targetTag", 50, required: target == SurveyTarget.Tag);
        var respondents = input.Respondents ?? SurveyRespondents.Anyone;
        var oncePer = input.OncePer ?? SurveyOncePer.None;
        if (!Enum.IsDefined(respondents)) errors["respondents"] = new("Validation.Invalid");
        if (!Enum.IsDefined(oncePer)) errors["oncePer"] = new("Validation.Invalid");
        // Once per person or household can only hold when the portal knows who is answering.
        if (oncePer != SurveyOncePer.None && respondents == SurveyRespondents.Anyone) respondents = SurveyRespondents.SignedIn;
        var questions = QuestionChecks.Check(input.Questions, errors);
        return (new SurveySettings(title, titleEn.Length == 0 ? null : titleEn, intro, respondents, oncePer, input.Sensitive ?? false, target,
            input.TargetCount, input.TargetRegionId, tag.Length == 0 ? null : tag), questions);
    }
}
