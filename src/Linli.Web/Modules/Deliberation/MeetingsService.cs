using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// Bodies and their meetings: set up, recorded before or after they happen, residents recruited through an activity,
/// and the minutes drafted, approved by the host and published.
/// </summary>
public sealed class MeetingsService(LinliDb db, ResidentPlacement placement, ActivityDirectory activities, Grants.GrantProjectDirectory grantProjects, AuditLog audit,
    AccessScope scope, TimeProvider clock)
{
    /// <summary>A recruiting activity lasts this long unless the meeting says otherwise.</summary>
    public static readonly TimeSpan RecruitedLength = TimeSpan.FromHours(2);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<DeliberationBody> CreateBodyAsync(NewBody input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var name = errors.Text(input.Name, "name", DeliberationBody.MaxName);
        var cadence = errors.Text(input.Cadence, "cadence", DeliberationBody.MaxCadence, required: false);
        var members = input.Members ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            errors.Text(members[i].Organization, $"members[{i}].organization", BodyMember.MaxOrganization);
            errors.Text(members[i].Duty, $"members[{i}].duty", BodyMember.MaxDuty);
            errors.Text(members[i].Person, $"members[{i}].person", BodyMember.MaxPerson, required: false);
            // The request filter checks top-level text only; a member's lines are nested.
            foreach (var (value, field) in new[] { (members[i].Organization, "organization"), (members[i].Duty, "duty"), (members[i].Person, "person") })
                if (!TextRules.IsClean(value)) errors[$"members[{i}].{field}"] = new(TextRules.MessageKey);
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var regionId = input.RegionId ?? input.CommunityId.Value;
        if (!await placement.IsWithinCommunityAsync(regionId, input.CommunityId.Value, cancellationToken))
            throw new FieldValidationException("regionId", "Deliberation.RegionOutside");

        var body = new DeliberationBody(input.CommunityId.Value, regionId, input.Kind!.Value, name, cadence.Length == 0 ? null : cadence, scope.UserName ?? "", Now);
        db.Add(body);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(members.Select(m => new BodyMember(body, m.Organization!.Trim(), m.Duty!.Trim(), string.IsNullOrWhiteSpace(m.Person) ? null : m.Person.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("deliberation.body", "DeliberationBody", body.Id.ToString(), $"community={body.CommunityId} members={members.Count}", cancellationToken);
        return body;
    }

    public async Task<IReadOnlyList<BodyView>> BodiesAsync(int? communityId, CancellationToken cancellationToken)
    {
        var bodies = await db.Set<DeliberationBody>().AsNoTracking().Where(b => communityId == null || b.CommunityId == communityId).OrderBy(b => b.Id)
            .ToListAsync(cancellationToken);
        var ids = bodies.Select(b => b.Id).ToList();
        var members = (await db.Set<BodyMember>().AsNoTracking().Where(m => ids.Contains(m.BodyId)).OrderBy(m => m.Id).ToListAsync(cancellationToken)).ToLookup(m => m.BodyId);
        var today = ChinaTime.Today(clock);
        var actions = await db.Set<ActionItem>().AsNoTracking()
            .Where(a => ActionItem.OpenStatuses.Contains(a.Status))
            .Join(db.Set<Meeting>().Where(m => m.BodyId != null && ids.Contains(m.BodyId.Value)), a => a.MeetingId, m => m.Id, (a, m) => new { BodyId = m.BodyId!.Value, a.DueOn })
            .GroupBy(x => x.BodyId).Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(x => x.DueOn < today) }).ToDictionaryAsync(x => x.Key, cancellationToken);
        return [.. bodies.Select(b => new BodyView(b.Id, b.CommunityId, b.RegionId, b.Kind, b.Name, b.Cadence,
            [.. members[b.Id].Select(m => new BodyMemberView(m.Organization, m.Duty, m.Person))],
            actions.TryGetValue(b.Id, out var a) ? a.Open : 0, actions.TryGetValue(b.Id, out var o) ? o.Overdue : 0))];
    }

    public async Task<Meeting> CreateAsync(NewMeeting input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", Meeting.MaxTitle);
        var startsAt = ChinaTime.FromInput(input.StartsAt);
        if (startsAt is null) errors["startsAt"] = new("Validation.Required");
        var place = errors.Text(input.Place, "place", Meeting.MaxPlace);
        var host = errors.Text(input.Host, "host", Meeting.MaxHost, required: false);
        var agenda = errors.Text(input.Agenda, "agenda", Meeting.MaxText, required: false);
        var invited = errors.Text(input.Invited, "invited", Meeting.MaxText, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        if (input.BodyId is { } bodyId && !await db.Set<DeliberationBody>().AnyAsync(b => b.Id == bodyId && b.CommunityId == input.CommunityId, cancellationToken))
            throw new FieldValidationException("bodyId", "Deliberation.BodyNotFound");
        if (input.GrantProjectId is { } project
            && await grantProjects.CheckActivityAsync(project, input.CommunityId.Value, startsAt!.Value, startsAt.Value + RecruitedLength, cancellationToken) is { } refusal)
            throw new FieldValidationException("grantProjectId", refusal);

        var details = new MeetingDetails(FieldChecks.OrNull(host), FieldChecks.OrNull(agenda), FieldChecks.OrNull(invited), input.CollectsQuestions ?? true);
        var meeting = new Meeting(input.CommunityId.Value, input.BodyId, input.Kind!.Value, title, startsAt!.Value, place, details, scope.UserName ?? "", Now);
        meeting.InProject(input.GrantProjectId);
        db.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("meeting.created", "Meeting", meeting.Id.ToString(), $"community={meeting.CommunityId} kind={meeting.Kind} project={meeting.GrantProjectId}",
            cancellationToken);
        return meeting;
    }

    /// <summary>A meeting as another module links it (a micro-renewal's gating meetings); null outside the caller's communities.</summary>
    public async Task<MeetingView?> FindViewAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } meeting ? View(meeting) : null;

    /// <summary>Records a meeting for another module (a micro-renewal schedules its hearing from the project's page).</summary>
    public async Task<MeetingView> ScheduleAsync(NewMeeting input, CancellationToken cancellationToken) => View(await CreateAsync(input, cancellationToken));

    public async Task<Meeting> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>Meetings of the caller's communities (of one, of one body), latest first.</summary>
    public async Task<IReadOnlyList<Meeting>> ListAsync(int? communityId, int? bodyId, CancellationToken cancellationToken) =>
        await db.Set<Meeting>().AsNoTracking().Where(m => (communityId == null || m.CommunityId == communityId) && (bodyId == null || m.BodyId == bodyId))
            .OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id).Take(500).ToListAsync(cancellationToken);

    /// <summary>The meetings a resident can send questions to: their community's, collecting, not more than a day past.</summary>
    public async Task<IReadOnlyList<Meeting>> CollectingAsync(int communityId, CancellationToken cancellationToken)
    {
        var since = Now.AddDays(-1);
        return await db.Set<Meeting>().AsNoTracking().Where(m => m.CommunityId == communityId && m.CollectsQuestions && m.StartsAt >= since)
            .OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
    }

    /// <summary>Stops or resumes taking residents' questions (at the meeting's end, or to reopen a round).</summary>
    public async Task SetCollectingAsync(int id, bool collecting, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        await db.Set<Meeting>().Where(m => m.Id == id).ExecuteUpdateAsync(m => m.SetProperty(x => x.CollectsQuestions, collecting), cancellationToken);
        await audit.RecordAsync(collecting ? "meeting.collecting" : "meeting.stopped-collecting", "Meeting", id.ToString(), "", cancellationToken);
    }

    /// <summary>
    /// Recruits residents through the activities module: a published activity at the meeting's time and place that
    /// residents sign up for and check in to by QR code, so who came counts as person-times. Once per meeting.
    /// </summary>
    public async Task<int> RecruitAsync(int id, int? capacity, CancellationToken cancellationToken)
    {
        var meeting = await GetAsync(id, cancellationToken);
        if (meeting.ActivityId is not null) throw new ConflictException("Deliberation.AlreadyRecruiting");
        var activityId = (await activities.CreateAsync(new NewActivity(meeting.CommunityId, meeting.Title, meeting.Agenda, meeting.Place, Utc(meeting.StartsAt),
            Utc(meeting.StartsAt + RecruitedLength), capacity ?? 50, ActivityStatus.Published, null, true, Category: "议事协商", Partners: meeting.Invited, GrantProjectId: meeting.GrantProjectId),
            cancellationToken)).Id;
        var linked = await db.Set<Meeting>().Where(m => m.Id == id && m.ActivityId == null).ExecuteUpdateAsync(m => m.SetProperty(x => x.ActivityId, activityId), cancellationToken);
        if (linked == 0) throw new ConflictException("Deliberation.AlreadyRecruiting");
        await audit.RecordAsync("meeting.recruiting", "Meeting", id.ToString(), $"activity={activityId}", cancellationToken);
        return activityId;
    }

    /// <summary>A stored time marked as UTC, which the database may have read back without its kind.</summary>
    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);

    /// <summary>Writes the minutes' draft; an approved or published record is not rewritten.</summary>
    public async Task SaveMinutesAsync(int id, MinutesDraft input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var attendance = errors.Text(input.Attendance, "attendance", Meeting.MaxText, required: false);
        var discussion = errors.Text(input.Discussion, "discussion", Meeting.MaxText);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await GetAsync(id, cancellationToken);
        var saved = await db.Set<Meeting>().Where(m => m.Id == id && (m.MinutesStatus == MinutesStatus.None || m.MinutesStatus == MinutesStatus.Draft)).ExecuteUpdateAsync(m => m
            .SetProperty(x => x.Attendance, FieldChecks.OrNull(attendance)).SetProperty(x => x.Discussion, discussion).SetProperty(x => x.MinutesStatus, MinutesStatus.Draft), cancellationToken);
        if (saved == 0) throw new ConflictException("Deliberation.MinutesApproved");
        await audit.RecordAsync("meeting.minutes", "Meeting", id.ToString(), "", cancellationToken);
    }

    /// <summary>The host's approval of the draft (whoever approves is recorded as approving for the host), then publication.</summary>
    public async Task MoveMinutesAsync(int id, MinutesStatus to, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var by = scope.UserName ?? "";
        var now = Now;
        var moved = to switch
        {
            MinutesStatus.Approved => await db.Set<Meeting>().Where(m => m.Id == id && m.MinutesStatus == MinutesStatus.Draft)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.MinutesStatus, MinutesStatus.Approved).SetProperty(x => x.MinutesApprovedBy, by), cancellationToken),
            MinutesStatus.Published => await db.Set<Meeting>().Where(m => m.Id == id && m.MinutesStatus == MinutesStatus.Approved)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.MinutesStatus, MinutesStatus.Published).SetProperty(x => x.MinutesPublishedAt, now), cancellationToken),
            _ => throw new FieldValidationException("status", "Validation.Required"),
        };
        if (moved == 0) throw new ConflictException(to == MinutesStatus.Approved ? "Deliberation.MinutesNotDrafted" : "Deliberation.MinutesNotApproved");
        await audit.RecordAsync($"meeting.minutes-{to.ToString().ToLowerInvariant()}", "Meeting", id.ToString(), "", cancellationToken);
    }

    /// <summary>The minutes as a Word document, headed with the community's name.</summary>
    public async Task<byte[]> MinutesDocumentAsync(int id, IReadOnlyList<ResolutionView> resolutions, CancellationToken cancellationToken)
    {
        var meeting = await GetAsync(id, cancellationToken);
        var community = await db.Regions.AsNoTracking().Where(r => r.Id == meeting.CommunityId).Select(r => r.Name).FirstAsync(cancellationToken);
        await audit.RecordAsync("meeting.minutes-exported", "Meeting", id.ToString(), "", cancellationToken);
        return MinutesDocument.Build(meeting, community, resolutions);
    }

    public static MeetingView View(Meeting m) => new(m.Id, m.CommunityId, m.BodyId, m.Kind, m.Title, ChinaTime.ToOffset(m.StartsAt), m.Place, m.Host, m.Agenda, m.Invited,
        m.CollectsQuestions, m.ActivityId, new MinutesView(m.MinutesStatus, m.Attendance, m.Discussion, m.MinutesApprovedBy, ChinaTime.ToOffset(m.MinutesPublishedAt)),
        m.GrantProjectId);
}
