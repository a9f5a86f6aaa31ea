using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys.Results;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys.Needs;

public sealed record NeedInput(int? CommunityId, string? Title, string? Details, NeedSource? Source, string? RaisedBy, int? Households, int? Priority, int? Votes);

/// <summary>A survey's option turned into a need: the option's respondents become the households that raised it.</summary>
public sealed record NeedFromResult(string? QuestionKey, string? Option, string? Title);

public sealed record StatusRequest(NeedStatus? Status);

public sealed record NeedView(int Id, int CommunityId, int Rank, string Title, string Details, NeedSource Source, string RaisedBy, int Households, int? Priority,
    int Votes, NeedStatus Status, int? SurveyId, string? QuestionKey, IReadOnlyList<ActivitySummary> Activities, DateTimeOffset UpdatedAt);

/// <summary>A need as another module lists it: enough to pick it and name it.</summary>
public sealed record NeedTitle(int Id, int CommunityId, string Title);

/// <summary>
/// The needs list (需求清单): needs found by surveys, visits, meetings and requests, ranked, tracked from open to
/// answered, each with the activities that answer it. Linking the first activity moves an open need to "being answered".
/// </summary>
public sealed class NeedsService(LinliDb db, ResidentPlacement placement, SurveysService surveys, ResultsService results, ActivityDirectory activities, AuditLog audit,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Need> CreateAsync(NeedInput input, string by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var details = Check(input, errors);
        var source = input.Source ?? NeedSource.Request;
        if (!Enum.IsDefined(source)) errors["source"] = new("Validation.Invalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var need = new Need(input.CommunityId.Value, details, source, null, null, null, by, Now);
        db.Set<Need>().Add(need);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("need.created", "Need", need.Id.ToString(), $"{source} households={details.Households}", cancellationToken);
        return need;
    }

    /// <summary>
    /// A resident's request on the 365 line becomes a need (one household raised it) without retyping; the id is what
    /// the care module keeps. Titles and details longer than the needs list takes are cut, not refused: the request
    /// itself keeps the whole text.
    /// </summary>
    public async Task<int> FromRequestAsync(int communityId, string title, string details, CancellationToken cancellationToken)
    {
        var need = await CreateAsync(new NeedInput(communityId, Cut(title, Need.MaxTitle), Cut(details, Need.MaxDetails), NeedSource.Request, "365诉求", 1, null, 0), "365",
            cancellationToken);
        return need.Id;

        static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    /// <summary>An option of a survey's results becomes a need, counted from the answers rather than typed.</summary>
    public async Task<Need> FromResultAsync(int surveyId, NeedFromResult input, string by, CancellationToken cancellationToken)
    {
        var survey = await surveys.FindAsync(surveyId, cancellationToken);
        var result = await results.ResultsAsync(surveyId, cancellationToken);
        var question = result.Questions.FirstOrDefault(q => q.Key == input.QuestionKey) ?? throw new FieldValidationException("questionKey", "Surveys.UnknownQuestion");
        var index = question.Options.ToList().FindIndex(o => o.Text == input.Option?.Trim());
        if (index < 0 || question.Type is not (QuestionType.Single or QuestionType.Multiple)) throw new FieldValidationException("option", "Surveys.UnknownOption", input.Option ?? "");
        var option = question.Options[index];
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(string.IsNullOrWhiteSpace(input.Title) ? option.Text : input.Title, "title", Need.MaxTitle);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var raisedBy = $"问卷：{survey.Title}";
        var details = new NeedDetails(title, $"{question.Text}：{option.Text}（{option.Count} 人，{option.Percent:0.##}%）",
            raisedBy[..Math.Min(raisedBy.Length, Need.MaxRaisedBy)], option.Count, null, 0);
        var need = new Need(survey.CommunityId, details, NeedSource.Survey, survey.Id, question.Key, index, by, Now);
        db.Set<Need>().Add(need);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("need.created", "Need", need.Id.ToString(), $"survey={surveyId} {question.Key}#{index} households={option.Count}", cancellationToken);
        return need;
    }

    public async Task UpdateAsync(int needId, NeedInput input, CancellationToken cancellationToken)
    {
        var need = await FindAsync(needId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var details = Check(input, errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        need.Update(details, Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("need.updated", "Need", need.Id.ToString(), $"priority={details.Priority} votes={details.Votes}", cancellationToken);
    }

    public async Task SetStatusAsync(int needId, NeedStatus? status, CancellationToken cancellationToken)
    {
        var need = await FindAsync(needId, cancellationToken);
        if (status is not { } to || !Enum.IsDefined(to)) throw new FieldValidationException("status", "Validation.Invalid");
        var from = need.Status;
        need.MoveTo(to, Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("need.status", "Need", need.Id.ToString(), $"{from}→{to}", cancellationToken);
    }

    public async Task LinkActivityAsync(int needId, int activityId, CancellationToken cancellationToken)
    {
        var need = await FindAsync(needId, cancellationToken);
        if (!await activities.IsInCommunityAsync(activityId, need.CommunityId, cancellationToken))
            throw new FieldValidationException("activityId", "Surveys.ActivityNotHere");
        if (await db.Set<NeedActivity>().AnyAsync(l => l.NeedId == needId && l.ActivityId == activityId, cancellationToken)) return;
        db.Set<NeedActivity>().Add(new NeedActivity(needId, activityId, Now));
        if (need.Status == NeedStatus.Open) need.MoveTo(NeedStatus.BeingAnswered, Now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Linked by someone else at the same moment: the link is there, which is what was asked.
            return;
        }
        await audit.RecordAsync("need.linked", "Need", need.Id.ToString(), $"activity={activityId}", cancellationToken);
    }

    public async Task UnlinkActivityAsync(int needId, int activityId, CancellationToken cancellationToken)
    {
        await FindAsync(needId, cancellationToken);
        await db.Set<NeedActivity>().Where(l => l.NeedId == needId && l.ActivityId == activityId).ExecuteDeleteAsync(cancellationToken);
        await audit.RecordAsync("need.unlinked", "Need", needId.ToString(), $"activity={activityId}", cancellationToken);
    }

    /// <summary>
    /// A community's needs, ranked: those still open or being answered first, by the priority staff gave (1 first), then
    /// residents' votes, then households; answered needs after them, latest first.
    /// </summary>
    public async Task<IReadOnlyList<NeedView>> RankedAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var needs = await db.Set<Need>().AsNoTracking().Where(n => n.CommunityId == communityId).Take(1000).ToListAsync(cancellationToken);
        var ranked = needs.Where(n => n.Status != NeedStatus.Answered).OrderBy(n => n.Priority ?? int.MaxValue).ThenByDescending(n => n.Votes)
            .ThenByDescending(n => n.Households).ThenBy(n => n.Id)
            .Concat(needs.Where(n => n.Status == NeedStatus.Answered).OrderByDescending(n => n.UpdatedAt)).ToList();
        var ids = ranked.Select(n => n.Id).ToList();
        var linked = await db.Set<NeedActivity>().AsNoTracking().Where(l => ids.Contains(l.NeedId)).ToListAsync(cancellationToken);
        var answering = (await activities.SummariesAsync(linked.Select(l => l.ActivityId), int.MaxValue, cancellationToken)).ToDictionary(a => a.Id);
        var links = linked.Where(l => answering.ContainsKey(l.ActivityId)).Select(l => new { l.NeedId, Activity = answering[l.ActivityId] }).ToList();
        return [.. ranked.Select((n, i) => new NeedView(n.Id, n.CommunityId, i + 1, n.Title, n.Details, n.Source, n.RaisedBy, n.Households, n.Priority, n.Votes, n.Status,
            n.SurveyId, n.QuestionKey,
            [.. links.Where(l => l.NeedId == n.Id).Select(l => l.Activity)],
            ChinaTime.ToOffset(n.UpdatedAt)))];
    }

    /// <summary>Whether the need is on the community's list (a link from another module: an action item answering it).</summary>
    public Task<bool> IsInCommunityAsync(int needId, int communityId, CancellationToken cancellationToken) =>
        db.Set<Need>().AnyAsync(n => n.Id == needId && n.CommunityId == communityId, cancellationToken);

    /// <summary>
    /// The needs of the caller's communities still to answer (open or being answered), titled for another module's
    /// picker (a partner linked to one): by community, the highest priority and most votes first.
    /// </summary>
    public async Task<IReadOnlyList<NeedTitle>> UnansweredAsync(CancellationToken cancellationToken) =>
        await db.Set<Need>().AsNoTracking().Where(n => n.Status != NeedStatus.Answered).OrderBy(n => n.CommunityId).ThenBy(n => n.Priority ?? int.MaxValue)
            .ThenByDescending(n => n.Votes).ThenBy(n => n.Id).Take(200).Select(n => new NeedTitle(n.Id, n.CommunityId, n.Title)).ToListAsync(cancellationToken);

    /// <summary>The titles of the needs the caller sees among <paramref name="needIds"/> (another module naming the needs it links).</summary>
    public async Task<IReadOnlyDictionary<int, string>> TitlesAsync(IReadOnlyCollection<int> needIds, CancellationToken cancellationToken) =>
        needIds.Count == 0 ? new Dictionary<int, string>()
            : await db.Set<Need>().AsNoTracking().Where(n => needIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Title, cancellationToken);

    /// <summary>The community of a need the caller sees, or null (a partner linked to it, from another module).</summary>
    public async Task<int?> CommunityOfAsync(int needId, CancellationToken cancellationToken) =>
        await db.Set<Need>().Where(n => n.Id == needId).Select(n => (int?)n.CommunityId).FirstOrDefaultAsync(cancellationToken);

    private async Task<Need> FindAsync(int needId, CancellationToken cancellationToken) =>
        await db.Set<Need>().FirstOrDefaultAsync(n => n.Id == needId, cancellationToken) ?? throw new NotFoundException();

    private static NeedDetails Check(NeedInput input, Dictionary<string, FieldError> errors)
    {
        var title = errors.Text(input.Title, "title", Need.MaxTitle);
        var details = errors.Text(input.Details, "details", Need.MaxDetails, required: false);
        var raisedBy = errors.Text(input.RaisedBy, "raisedBy", Need.MaxRaisedBy, required: false);
        if (input.Households is < 0 or > 1_000_000) errors["households"] = new("Validation.Invalid");
        if (input.Votes is < 0 or > 1_000_000) errors["votes"] = new("Validation.Invalid");
        if (input.Priority is < 1 or > 1000) errors["priority"] = new("Surveys.PriorityRange");
        return new NeedDetails(title, details, raisedBy, input.Households ?? 0, input.Priority, input.Votes ?? 0);
    }
}
