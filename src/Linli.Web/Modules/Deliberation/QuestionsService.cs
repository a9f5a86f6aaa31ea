using System.Security.Claims;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// Questions first (先收集问题，后集中回应): residents ask and support from their phones, staff type in paper slips and
/// count hands, similar questions are merged into topics, topics are ranked by attention and answered together.
/// </summary>
public sealed class QuestionsService(LinliDb db, MeetingsService meetings, SelfServiceService self, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxHands = 100_000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A question from staff (a paper slip by default, or said on site) or from a resident of the meeting's community
    /// while it collects questions. Another community's meeting is not found: residents see only their own.
    /// </summary>
    public async Task<Question> AskAsync(int meetingId, NewQuestion input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (IsStaff(user)) return await EnterAsync(meetingId, input, cancellationToken);
        var (meeting, kind, text) = await CheckAsync(meetingId, input, cancellationToken);
        var own = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        if (own.CommunityId != meeting.CommunityId) throw new NotFoundException();
        if (!meeting.CollectsQuestions) throw new ConflictException("Deliberation.NotCollecting");
        return await AddAsync(new Question(meeting, kind, text, QuestionChannel.Portal, own.Id, scope.UserName ?? "", Now), cancellationToken);
    }

    /// <summary>A paper slip or a question said on site, typed in by staff; also after the meeting, as the record of it.</summary>
    public async Task<Question> EnterAsync(int meetingId, NewQuestion input, CancellationToken cancellationToken)
    {
        var (meeting, kind, text) = await CheckAsync(meetingId, input, cancellationToken);
        var channel = input.Channel is QuestionChannel.OnSite ? QuestionChannel.OnSite : QuestionChannel.Paper;
        return await AddAsync(new Question(meeting, kind, text, channel, null, scope.UserName ?? "", Now), cancellationToken);
    }

    private async Task<(Meeting Meeting, QuestionKind Kind, string Text)> CheckAsync(int meetingId, NewQuestion input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var text = errors.Text(input.Text, "text", Question.MaxText);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        if (input.Channel is { } c && !Enum.IsDefined(c)) errors["channel"] = new("Validation.Required");
        var meeting = await meetings.GetAsync(meetingId, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return (meeting, input.Kind!.Value, text);
    }

    private async Task<Question> AddAsync(Question question, CancellationToken cancellationToken)
    {
        db.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("question.asked", "Meeting", question.MeetingId.ToString(), $"question={question.Id} channel={question.Channel}", cancellationToken);
        return question;
    }

    private static bool IsStaff(ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);

    /// <summary>
    /// A resident's "+1": once per resident and question (a unique index decides under any race, the second answers
    /// 409), counted on the question in the same transaction. Only while the meeting collects questions.
    /// </summary>
    public async Task<SupportCount> SupportAsync(int questionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var question = await db.Set<Question>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken) ?? throw new NotFoundException();
        var own = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        if (own.CommunityId != question.CommunityId) throw new NotFoundException();
        var meeting = await meetings.GetAsync(question.MeetingId, cancellationToken);
        if (!meeting.CollectsQuestions) throw new ConflictException("Deliberation.NotCollecting");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new QuestionSupport(question, own.Id, Now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failed) when (UniqueViolation.Is(failed))
        {
            throw new ConflictException("Deliberation.AlreadySupported");
        }
        await db.Set<Question>().Where(q => q.Id == questionId).ExecuteUpdateAsync(q => q.SetProperty(x => x.Supports, x => x.Supports + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SupportCount(questionId, await db.Set<Question>().Where(q => q.Id == questionId).Select(q => q.Supports + q.Hands).FirstAsync(cancellationToken));
    }

    /// <summary>Hands raised for a question on site, as staff counted them (replacing an earlier count).</summary>
    public async Task CountHandsAsync(int questionId, HandsCount input, CancellationToken cancellationToken)
    {
        if (input.Hands is not { } hands || hands < 0 || hands > MaxHands) throw new FieldValidationException("hands", "Validation.Range", 0, MaxHands);
        var updated = await db.Set<Question>().Where(q => q.Id == questionId).ExecuteUpdateAsync(q => q.SetProperty(x => x.Hands, hands), cancellationToken);
        if (updated == 0) throw new NotFoundException();
        await audit.RecordAsync("question.hands", "Question", questionId.ToString(), $"hands={hands}", cancellationToken);
    }

    /// <summary>A meeting's questions, most supported first (residents' support and hands together), then in the order asked.</summary>
    public async Task<IReadOnlyList<QuestionView>> ListAsync(int meetingId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await meetings.GetAsync(meetingId, cancellationToken);
        var questions = await db.Set<Question>().AsNoTracking().Where(q => q.MeetingId == meetingId).OrderByDescending(q => q.Supports + q.Hands).ThenBy(q => q.Id)
            .ToListAsync(cancellationToken);
        // The resident scope leaves a resident only their own supports.
        var supported = IsStaff(user)
            ? []
            : (await db.Set<QuestionSupport>().AsNoTracking().Where(s => db.Set<Question>().Any(q => q.Id == s.QuestionId && q.MeetingId == meetingId)).Select(s => s.QuestionId).ToListAsync(cancellationToken)).ToHashSet();
        return [.. questions.Select(q => new QuestionView(q.Id, q.Text, q.Kind, q.Supports + q.Hands, q.Hands, q.Channel, q.TopicId, supported.Contains(q.Id)))];
    }

    /// <summary>Merges questions of the meeting under a new topic; a question already in a topic moves to the new one.</summary>
    public async Task<Topic> MergeAsync(int meetingId, NewTopic input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", Topic.MaxTitle);
        var ids = (input.QuestionIds ?? []).Distinct().ToList();
        if (ids.Count == 0) errors["questionIds"] = new("Validation.Required");
        var meeting = await meetings.GetAsync(meetingId, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (await db.Set<Question>().CountAsync(q => q.MeetingId == meetingId && ids.Contains(q.Id), cancellationToken) != ids.Count)
            throw new FieldValidationException("questionIds", "Deliberation.QuestionNotFound");

        var topic = new Topic(meeting, title, scope.UserName ?? "", Now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(topic);
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<Question>().Where(q => ids.Contains(q.Id)).ExecuteUpdateAsync(q => q.SetProperty(x => x.TopicId, topic.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("topic.merged", "Meeting", meetingId.ToString(), $"topic={topic.Id} questions={string.Join(',', ids)}", cancellationToken);
        return topic;
    }

    /// <summary>
    /// A meeting's topics ranked by attention: the distinct residents supporting any of its questions (one resident
    /// supporting two merged questions counts once) plus the hands counted on site; equal attention shares a rank.
    /// </summary>
    public async Task<IReadOnlyList<TopicView>> TopicsAsync(int meetingId, CancellationToken cancellationToken)
    {
        await meetings.GetAsync(meetingId, cancellationToken);
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => t.MeetingId == meetingId).ToListAsync(cancellationToken);
        var questions = (await db.Set<Question>().AsNoTracking().Where(q => q.MeetingId == meetingId && q.TopicId != null)
            .Select(q => new { q.Id, TopicId = q.TopicId!.Value, q.Hands }).ToListAsync(cancellationToken)).ToLookup(q => q.TopicId);
        // Supporters are counted past the resident scope (a resident sees everyone's total, never who): listed in IgnoreQueryFiltersTests.
        var supporters = await db.Set<QuestionSupport>().IgnoreQueryFilters().AsNoTracking()
            .Join(db.Set<Question>().IgnoreQueryFilters().Where(q => q.MeetingId == meetingId && q.TopicId != null), s => s.QuestionId, q => q.Id, (s, q) => new { q.TopicId, s.ResidentId })
            .Distinct().GroupBy(x => x.TopicId).Select(g => new { TopicId = g.Key!.Value, Count = g.Count() }).ToDictionaryAsync(x => x.TopicId, x => x.Count, cancellationToken);
        var attention = topics.ToDictionary(t => t.Id, t => (supporters.TryGetValue(t.Id, out var s) ? s : 0) + questions[t.Id].Sum(q => q.Hands));
        var ordered = topics.OrderByDescending(t => attention[t.Id]).ThenBy(t => t.Id).ToList();
        return [.. ordered.Select(t => new TopicView(t.Id, t.Title, t.Status, attention[t.Id], 1 + ordered.Count(o => attention[o.Id] > attention[t.Id]), t.Answer, t.AnsweredBy,
            ChinaTime.ToOffset(t.AnsweredAt), [.. questions[t.Id].Select(q => q.Id)]))];
    }

    /// <summary>The answer given to a topic, by whom; with a follow-up promised it stays on the list as such, or it is closed.</summary>
    public async Task AnswerAsync(int topicId, TopicAnswer input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var answer = errors.Text(input.Answer, "answer", Topic.MaxAnswer);
        var by = errors.Text(input.AnsweredBy, "answeredBy", Topic.MaxAnsweredBy);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var topic = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Id == topicId, cancellationToken) ?? throw new NotFoundException();
        var status = input.Close == true ? TopicStatus.Closed : input.FollowUp == true ? TopicStatus.FollowUp : TopicStatus.Answered;
        topic.Answered(answer, by, status, Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("topic.answered", "Meeting", topic.MeetingId.ToString(), $"topic={topicId} status={status}", cancellationToken);
    }
}
