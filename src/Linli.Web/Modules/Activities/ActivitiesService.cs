using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

public sealed record NewActivity(int? CommunityId, string? Title, string? Description, string? Place, DateTime? StartsAt, DateTime? EndsAt,
    int? Capacity, ActivityStatus? Status, DateTime? SignUpClosesAt, bool? AllowsWalkIns,
    string? Category = null, string? Partners = null, DateTime? SignUpOpensAt = null, Eligibility? Eligibility = null, string? EligibleTag = null,
    int? SpaceId = null, bool? RequiresApproval = null, int? GrantProjectId = null, int? TemplateId = null);

/// <summary>An activity with its live figures, times in China time.</summary>
public sealed record ActivityView(int Id, int CommunityId, string Title, string? Description, string? Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int Capacity, ActivityStatus Status, int ConfirmedCount, int WaitlistedCount, int PendingCount, int HelperCount, int CheckedInCount, int WalkInCount, bool AllowsWalkIns,
    string? Category, string? Partners, Eligibility Eligibility, string? EligibleTag, DateTimeOffset? SignUpOpensAt, DateTimeOffset? SignUpClosesAt,
    int RatingCount, double? AverageRating, bool InCheckInWindow, string? Room = null, int? GrantProjectId = null);

public sealed record ActivitySummary(int Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, ActivityStatus Status, int Capacity, int ConfirmedCount)
{
    public static ActivitySummary Of(Activity a) => new(a.Id, a.Title, ChinaTime.ToOffset(a.StartsAt), ChinaTime.ToOffset(a.EndsAt), a.Status, a.Capacity, a.ConfirmedCount);
}

/// <summary>A line of the activity's list: who (null when outside the caller's scope), where they stand (a walk-in has no
/// sign-up: no registration, status or role), whether they came.</summary>
public sealed record Attendee(int? RegistrationId, int ResidentId, string? Name, RegistrationStatus? Status, RegistrationRole? Role, bool CheckedIn, string? CheckInReason = null);

/// <summary>An activity as a resident sees it in the portal, with their own sign-up if any.</summary>
public sealed record PortalActivity(ActivitySummary Activity, int? RegistrationId, RegistrationStatus? MyStatus);

/// <summary>Where one person (the resident or a child in their care) stands with an activity.</summary>
public sealed record PersonStanding(int ResidentId, string Name, int? RegistrationId, RegistrationStatus? Status, bool CheckedIn);

/// <summary>An activity's portal page: the resident, the children in their care, and the resident's own rating.</summary>
public sealed record PortalActivityDetail(ActivityView Activity, PersonStanding Me, IReadOnlyList<PersonStanding> Wards, Rating? MyRating, bool TakesSignUps,
    bool TakesCancellations);

public sealed record RegistrationView(int Id, int ActivityId, int ResidentId, RegistrationStatus Status, RegistrationRole Role);

/// <summary>
/// Activities, sign-ups and check-ins. Staff act within their scope; a resident acts for themselves
/// through their account link and sees the published activities of their own community only.
/// </summary>
public sealed class ActivitiesService(LinliDb db, ResidentPlacement placement, SelfServiceService self, ResidentsService residents, ResidentDirectory directory,
    IAuthorizationService authorization, ResidentNotifier notifier, Spaces.SpacesService spaces, Attendance.AttendanceTallies tallies, AuditLog audit,
    SignUpWriter signUps, Platform.Hosting.PublicAddress address, Grants.GrantProjectDirectory grantProjects, Templates.ActivityTemplates templates,
    Platform.Scoping.AccessScope scope, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>With a <see cref="NewActivity.SpaceId"/>, the room is booked for the activity's time in the same transaction: no room, no activity.</summary>
    public async Task<Activity> CreateAsync(NewActivity input, CancellationToken cancellationToken)
    {
        var activity = await BuildAsync(input, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BookRoomAsync(activity, input.SpaceId, cancellationToken);
        db.Set<Activity>().Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        if (activity.TemplateId is { } template) await templates.CopyPlanAsync(template, [activity], cancellationToken);
        await audit.RecordAsync("activity.created", "Activity", activity.Id.ToString(), $"community={activity.CommunityId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return activity;
    }

    /// <summary>Publishes, finishes or cancels. Cancelling frees the room and tells everyone signed up.</summary>
    public async Task<Activity> MoveAsync(int activityId, ActivityStatus? to, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) ?? throw new NotFoundException();
        if (to is not { } status || !Enum.IsDefined(status)) throw new FieldValidationException("status", "Validation.Invalid");
        if (!Activity.MayMove(activity.Status, status)) throw new ConflictException("Activity.CannotMove");
        var from = activity.Status;
        // People came: the activity happened, so it is finished, not cancelled (its attendance stays in the figures).
        // The check-in count is in the condition: a check-in arriving meanwhile either lands first (and this refuses) or finds the activity cancelled.
        var cancelling = status == ActivityStatus.Cancelled;
        if (await db.Set<Activity>().Where(a => a.Id == activityId && a.Status == from && (!cancelling || a.CheckedInCount == 0))
                .ExecuteUpdateAsync(s =>
                {
                    s.SetProperty(a => a.Status, status);
                    if (status == ActivityStatus.Published) s.SetProperty(a => a.PublishedAt, Now);
                }, cancellationToken) == 0)
            throw new ConflictException(cancelling && await db.Set<Activity>().AnyAsync(a => a.Id == activityId && a.CheckedInCount > 0, cancellationToken)
                ? "Activity.AttendedCannotCancel" : "Activity.CannotMove");
        await audit.RecordAsync("activity.status", "Activity", activityId.ToString(), $"{from} -> {status}", cancellationToken);
        if (status == ActivityStatus.Cancelled)
        {
            if (activity.BookingId is { } booking) await spaces.ReleaseAsync(booking, cancellationToken);
            var people = await db.Set<Registration>().Where(r => r.ActivityId == activityId).Select(r => r.ResidentId).ToListAsync(cancellationToken);
            foreach (var resident in people)
                await notifier.NotifyAsync(resident, "Notify.ActivityCancelled", [activity.Title, ChinaTime.ToOffset(activity.StartsAt).ToString("yyyy-MM-dd HH:mm")],
                    $"/portal/activities/{activityId}", cancellationToken);
        }
        return await db.Set<Activity>().AsNoTracking().FirstAsync(a => a.Id == activityId, cancellationToken);
    }

    private async Task BookRoomAsync(Activity activity, int? spaceId, CancellationToken cancellationToken)
    {
        if (spaceId is null) return;
        var (booking, name) = await spaces.BookForActivityAsync(spaceId.Value, activity.StartsAt, activity.EndsAt, activity.Title, "activity", cancellationToken);
        if (booking.CommunityId != activity.CommunityId) throw new FieldValidationException("spaceId", "Space.NotFound");
        activity.HeldIn(booking.Id, name);
    }

    /// <summary>
    /// A repeating activity: <paramref name="count"/> dates, weekly or monthly from the first, each an activity of its
    /// own (sign-ups, check-ins and figures per date) that knows its series.
    /// </summary>
    public async Task<(ActivitySeries Series, IReadOnlyList<Activity> Activities)> CreateSeriesAsync(NewActivity input, SeriesFrequency? frequency, int? count,
        CancellationToken cancellationToken)
    {
        var first = await BuildAsync(input, cancellationToken);
        if (frequency is not { } every || !Enum.IsDefined(every)) throw new FieldValidationException("frequency", "Validation.Invalid");
        if (count is not (>= 2 and <= ActivitySeries.MaxCount)) throw new FieldValidationException("count", "Activity.SeriesCount", ActivitySeries.MaxCount);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = new ActivitySeries(first.CommunityId, first.Title, every, count.Value, Now);
        db.Set<ActivitySeries>().Add(series);
        await db.SaveChangesAsync(cancellationToken);
        var firstChina = ChinaTime.FromUtc(first.StartsAt);
        var activities = Enumerable.Range(0, count.Value).Select(n => first.Occurrence(series.Id, series.ShiftOf(n, firstChina), Now)).ToList();
        // The first date was checked with the project; the last must fall inside its period too.
        if (first.GrantProjectId is { } projectId
            && await grantProjects.CheckActivityAsync(projectId, first.CommunityId, activities[^1].StartsAt, activities[^1].EndsAt, cancellationToken) is { } refusal)
            throw new FieldValidationException("count", refusal);
        // Held in a space, every date needs the room; one date that cannot have it stops the series (409 names it).
        foreach (var activity in activities) await BookRoomAsync(activity, input.SpaceId, cancellationToken);
        db.Set<Activity>().AddRange(activities);
        await db.SaveChangesAsync(cancellationToken);
        if (first.TemplateId is { } template) await templates.CopyPlanAsync(template, activities, cancellationToken);
        await audit.RecordAsync("activity.series-created", "ActivitySeries", series.Id.ToString(), $"community={series.CommunityId} {every} x{count}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (series, activities);
    }

    /// <summary>A checked, unsaved activity from what staff typed.</summary>
    private async Task<Activity> BuildAsync(NewActivity input, CancellationToken cancellationToken)
    {
        if (input.TemplateId is { } templateId) input = await templates.FillAsync(templateId, input, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is not { } communityId || !await placement.CoversCommunityAsync(communityId, cancellationToken))
            errors["communityId"] = new("Activity.CommunityNotFound");
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 100) errors["title"] = new("Activity.TitleRequired");
        if (input.StartsAt is null) errors["startsAt"] = new("Validation.Required");
        if (input.EndsAt is null) errors["endsAt"] = new("Validation.Required");
        var startsAt = ChinaTime.FromInput(input.StartsAt);
        var endsAt = ChinaTime.FromInput(input.EndsAt);
        if (startsAt is not null && endsAt is not null && endsAt <= startsAt) errors["endsAt"] = new("Activity.EndBeforeStart");
        if (input.Capacity is not { } capacity || capacity < 1 || capacity > 100_000) errors["capacity"] = new("Activity.CapacityInvalid");
        var status = input.Status ?? ActivityStatus.Draft;
        if (status is not (ActivityStatus.Draft or ActivityStatus.Published)) errors["status"] = new("Activity.StatusAtCreation");
        var closes = ChinaTime.FromInput(input.SignUpClosesAt);
        if (closes is not null && startsAt is not null && closes > startsAt) errors["signUpClosesAt"] = new("Activity.SignUpAfterStart");
        if (input.Description is { Length: > 4000 }) errors["description"] = new("Validation.MaxLength", 4000);
        if (input.Place is { Length: > 200 }) errors["place"] = new("Validation.MaxLength", 200);
        if (input.Category is { Length: > 30 }) errors["category"] = new("Validation.MaxLength", 30);
        if (input.Partners is { Length: > 500 }) errors["partners"] = new("Validation.MaxLength", 500);
        var opens = ChinaTime.FromInput(input.SignUpOpensAt);
        if (opens is not null && (closes ?? startsAt) is { } closing && opens >= closing) errors["signUpOpensAt"] = new("Activity.SignUpOpensAfterClose");
        var eligibility = input.Eligibility ?? Eligibility.Everyone;
        if (!Enum.IsDefined(eligibility)) errors["eligibility"] = new("Validation.Invalid");
        var tag = input.EligibleTag?.Trim();
        if (eligibility == Eligibility.Tag && (string.IsNullOrEmpty(tag) || tag.Length > 30)) errors["eligibleTag"] = new("Activity.EligibleTagRequired");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (input.GrantProjectId is { } projectId
            && await grantProjects.CheckActivityAsync(projectId, input.CommunityId!.Value, startsAt!.Value, endsAt!.Value, cancellationToken) is { } refusal)
            throw new FieldValidationException("grantProjectId", refusal);

        var activity = new Activity(input.CommunityId!.Value, title, input.Description?.Trim(), input.Place?.Trim(), startsAt!.Value, endsAt!.Value,
            input.Capacity!.Value, status, closes, input.AllowsWalkIns ?? true, Now);
        activity.Describe(FieldChecks.OrNull(input.Category), FieldChecks.OrNull(input.Partners), opens, input.RequiresApproval ?? false);
        activity.Restrict(eligibility, tag);
        activity.InProject(input.GrantProjectId);
        activity.MadeFrom(input.TemplateId);
        activity.OrganizedBy(scope.UserId);
        return activity;
    }

    public async Task<ActivityView> ViewAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await ViewOfAsync(await VisibleAsync(id, await ManagesAsync(user), user, cancellationToken), cancellationToken);

    private async Task<ActivityView> ViewOfAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Id;
        // One grouped pass per table: the activity page and GET /activities/{id} ask this on every view.
        var registrations = await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.ActivityId == id).GroupBy(r => 1)
            .Select(g => new
            {
                Waitlisted = g.Count(r => r.Status == RegistrationStatus.Waitlisted),
                Pending = g.Count(r => r.Status == RegistrationStatus.Pending),
                Helpers = g.Count(r => r.Role == RegistrationRole.Helper),
            }).FirstOrDefaultAsync(cancellationToken);
        var checkIns = await db.Set<CheckIn>().IgnoreQueryFilters().Where(c => c.ActivityId == id).GroupBy(c => 1)
            .Select(g => new { All = g.Count(), WalkIns = g.Count(c => c.WalkIn) }).FirstOrDefaultAsync(cancellationToken);
        var ratings = await db.Set<Rating>().IgnoreQueryFilters().Where(r => r.ActivityId == id).GroupBy(r => 1)
            .Select(g => new { Count = g.Count(), Average = g.Average(r => (double)r.Score) }).FirstOrDefaultAsync(cancellationToken);
        var (waitlisted, pending, helpers) = (registrations?.Waitlisted ?? 0, registrations?.Pending ?? 0, registrations?.Helpers ?? 0);
        var (checkedIn, walkIns) = (checkIns?.All ?? 0, checkIns?.WalkIns ?? 0);
        var ratingCount = ratings?.Count ?? 0;
        var average = ratings is null ? (double?)null : Math.Round(ratings.Average, 1);
        return new ActivityView(activity.Id, activity.CommunityId, activity.Title, activity.Description, activity.Place, ChinaTime.ToOffset(activity.StartsAt), ChinaTime.ToOffset(activity.EndsAt),
            activity.Capacity, activity.Status, activity.ConfirmedCount, waitlisted, pending, helpers, checkedIn, walkIns, activity.AllowsWalkIns,
            activity.Category, activity.Partners, activity.Eligibility, activity.EligibleTag, ChinaTime.ToOffset(activity.SignUpOpensAt), ChinaTime.ToOffset(activity.SignUpClosesAt ?? activity.StartsAt),
            ratingCount, average, activity.InCheckInWindow(Now),
            activity.BookingId is { } booking ? await spaces.RoomOfBookingAsync(booking, cancellationToken) : null, activity.GrantProjectId);
    }

    /// <summary>A community's activities starting in [from, to) (China dates), soonest first.</summary>
    public async Task<IReadOnlyList<ActivitySummary>> ListAsync(int communityId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var activities = InPeriod(db.Set<Activity>().AsNoTracking().Where(a => a.CommunityId == communityId), from, to);
        return [.. (await activities.OrderBy(a => a.StartsAt).ThenBy(a => a.Id).Take(500).ToListAsync(cancellationToken))
            .Select(ActivitySummary.Of)];
    }

    /// <summary>Sign-ups in the community waiting for staff to approve them (activities that need approval).</summary>
    public Task<int> PendingApprovalsAsync(int communityId, CancellationToken cancellationToken) =>
        db.Set<Registration>().CountAsync(r => r.CommunityId == communityId && r.Status == RegistrationStatus.Pending, cancellationToken);

    /// <summary>The published activities of the resident's own community that have not ended, soonest first.</summary>
    public async Task<IReadOnlyList<PortalActivity>> ForResidentAsync(string userId, CancellationToken cancellationToken)
    {
        var me = await self.OwnResidentAsync(userId, cancellationToken);
        var now = Now;
        var activities = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.CommunityId == me.CommunityId && a.Status == ActivityStatus.Published && a.EndsAt > now)
            .OrderBy(a => a.StartsAt).Take(100).ToListAsync(cancellationToken);
        var ids = activities.Select(a => a.Id).ToList();
        var mine = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.ResidentId == me.Id && ids.Contains(r.ActivityId)).ToDictionaryAsync(r => r.ActivityId, cancellationToken);
        return [.. activities.Select(a => new PortalActivity(
            ActivitySummary.Of(a),
            mine.GetValueOrDefault(a.Id)?.Id, mine.GetValueOrDefault(a.Id)?.Status))];
    }

    public async Task<PortalActivityDetail> PortalDetailAsync(int activityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var rules = await VisibleAsync(activityId, await ManagesAsync(user), user, cancellationToken);
        var activity = await ViewOfAsync(rules, cancellationToken);
        var people = await self.PeopleAsync(await self.OwnResidentAsync(user.UserId(), cancellationToken), cancellationToken);
        var ids = people.Select(p => p.ResidentId).ToList();
        var registrations = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.ActivityId == activityId && ids.Contains(r.ResidentId)).ToDictionaryAsync(r => r.ResidentId, cancellationToken);
        var checkedIn = (await db.Set<CheckIn>().Where(c => c.ActivityId == activityId && ids.Contains(c.ResidentId))
            .Select(c => c.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
        var standings = people.Select(p => new PersonStanding(p.ResidentId, p.Name, registrations.GetValueOrDefault(p.ResidentId)?.Id,
            registrations.GetValueOrDefault(p.ResidentId)?.Status, checkedIn.Contains(p.ResidentId))).ToList();
        return new PortalActivityDetail(activity, standings[0], standings[1..], await OwnRatingAsync(activityId, ids[0], cancellationToken), rules.TakesSignUps(Now),
            rules.TakesCancellations(Now));
    }

    /// <summary>Activities starting from the China date <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    internal static IQueryable<Activity> InPeriod(IQueryable<Activity> activities, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            var fromUtc = ChinaTime.ToUtc(start.ToDateTime(TimeOnly.MinValue));
            activities = activities.Where(a => a.StartsAt >= fromUtc);
        }
        if (to is { } end)
        {
            var toUtc = ChinaTime.ToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
            activities = activities.Where(a => a.StartsAt < toUtc);
        }
        return activities;
    }

    /// <summary>
    /// Everyone on an activity's list, so that it adds up to the figures above it: sign-ups (confirmed first, then the
    /// waitlist in order), each marked when present, then walk-ins. A person the caller's scope does not name (a ward
    /// who has since moved to another community) keeps their line, unnamed (<see cref="Attendee.Name"/> null).
    /// </summary>
    public async Task<IReadOnlyList<Attendee>> AttendeesAsync(int activityId, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) ?? throw new NotFoundException();
        var signedUp = await db.Set<Registration>().AsNoTracking().Where(r => r.ActivityId == activity.Id).ToListAsync(cancellationToken);
        var checkedIn = await db.Set<CheckIn>().AsNoTracking().Where(c => c.ActivityId == activity.Id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var names = await directory.NamesAsync(signedUp.Select(r => r.ResidentId).Concat(checkedIn.Select(c => c.ResidentId)), cancellationToken);
        var present = checkedIn.ToDictionary(c => c.ResidentId);
        var listed = signedUp.OrderBy(r => r.Status).ThenBy(r => r.Id).Select(r => new Attendee(r.Id, r.ResidentId, names.GetValueOrDefault(r.ResidentId), r.Status, r.Role,
            present.ContainsKey(r.ResidentId), present.GetValueOrDefault(r.ResidentId)?.Reason));
        var walkIns = checkedIn.Where(c => c.WalkIn).Select(c => new Attendee(null, c.ResidentId, names.GetValueOrDefault(c.ResidentId), null, null, true, c.Reason));
        return [.. listed, .. walkIns];
    }

    /// <summary>
    /// A seat if one is free, else the waitlist. Checked here, written by the <see cref="SignUpWriter"/>: the seat is
    /// taken by a conditional UPDATE of the seat count in the same transaction as the registration's INSERT, so
    /// concurrent sign-ups can never overfill.
    /// </summary>
    public async Task<Registration> RegisterAsync(int activityId, int? residentId, RegistrationRole role, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var manages = await ManagesAsync(user);
        var activity = await VisibleAsync(activityId, manages, user, cancellationToken);
        var resident = await ActorResidentAsync(activity, residentId, manages, user, cancellationToken);
        if (!activity.TakesSignUps(Now)) throw new ConflictException("Activity.SignUpClosed");
        if (!Enum.IsDefined(role)) throw new FieldValidationException("role", "Validation.Invalid");
        if (role == RegistrationRole.Participant) await EnsureEligibleAsync(activity, resident, cancellationToken);

        RegistrationStatus? status = role != RegistrationRole.Participant ? RegistrationStatus.Confirmed
            : activity.RequiresApproval && !manages ? RegistrationStatus.Pending
            : null;
        var (registeredBy, now) = (user.Identity?.Name ?? "", Now);
        var (actorId, actorName) = audit.Actor;
        var written = await signUps.WriteAsync(new SignUp(activity.Id, activity.CommunityId, resident.Id, role, status, registeredBy, now, actorId, actorName));
        var registration = new Registration(activity, resident.Id, written.Status, role, registeredBy, now);
        registration.Inserted(written.Id);
        return registration;
    }

    /// <summary>Staff approve a pending sign-up: it takes a seat if one is free, else joins the waitlist; the resident is told.</summary>
    public async Task<Registration> ApproveAsync(int activityId, int registrationId, CancellationToken cancellationToken)
    {
        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken) ?? throw new NotFoundException();
        var registration = await db.Set<Registration>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.ActivityId == activityId, cancellationToken)
            ?? throw new NotFoundException();
        if (registration.Status != RegistrationStatus.Pending) throw new ConflictException("Activity.NotPending");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var status = await Seats.TakeAsync(db, activityId, cancellationToken);
        // Conditional on still pending: two approvals at once cannot take two seats (the loser's seat rolls back).
        if (await db.Set<Registration>().Where(r => r.Id == registrationId && r.Status == RegistrationStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status), cancellationToken) == 0)
            throw new ConflictException("Activity.NotPending");
        await audit.RecordAsync("activity.approved", "Activity", activityId.ToString(), $"registration={registrationId} {status}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(registration.ResidentId, status == RegistrationStatus.Confirmed ? "Notify.SignUpApproved" : "Notify.SignUpApprovedWaitlisted",
            [activity.Title, ChinaTime.ToOffset(activity.StartsAt).ToString("yyyy-MM-dd HH:mm")], $"/portal/activities/{activityId}", cancellationToken);
        return await db.Set<Registration>().AsNoTracking().FirstAsync(r => r.Id == registrationId, cancellationToken);
    }

    /// <summary>
    /// Cancels a registration. A participant's freed seat goes to the first person waiting (their row turns
    /// Confirmed, the seat count stays); with nobody waiting the seat count goes down.
    /// </summary>
    public async Task<int?> CancelAsync(int activityId, int registrationId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var manages = await ManagesAsync(user);
        var activity = await VisibleAsync(activityId, manages, user, cancellationToken);
        var registration = await db.Set<Registration>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == registrationId && r.ActivityId == activity.Id, cancellationToken) ?? throw new NotFoundException();
        if (!await authorization.MayActForAsync(user, registration.ResidentId)) throw new NotFoundException();
        // Staff may still correct the list of an activity that has begun; residents may not rewrite it.
        if (!manages && !activity.TakesCancellations(Now)) throw new ConflictException("Activity.CancelClosed");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Set<Registration>().Where(r => r.Id == registrationId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) throw new NotFoundException();
        (int Id, int ResidentId)? promoted = null;
        if (registration.TakesSeat)
        {
            while (true)
            {
                var next = await db.Set<Registration>().IgnoreQueryFilters()
                    .Where(r => r.ActivityId == activityId && r.Status == RegistrationStatus.Waitlisted && r.Role == RegistrationRole.Participant)
                    .OrderBy(r => r.Id).Select(r => new { r.Id, r.ResidentId }).FirstOrDefaultAsync(cancellationToken);
                if (next is null)
                {
                    await db.Set<Activity>().Where(a => a.Id == activityId && a.ConfirmedCount > 0)
                        .ExecuteUpdateAsync(s => s.SetProperty(a => a.ConfirmedCount, a => a.ConfirmedCount - 1), cancellationToken);
                    break;
                }
                // Another cancellation may have promoted them a moment ago: then try the next in line.
                if (await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waitlisted)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed), cancellationToken) == 1)
                {
                    promoted = (next.Id, next.ResidentId);
                    break;
                }
            }
        }
        await transaction.CommitAsync(cancellationToken);
        if (registration.Status == RegistrationStatus.Pending && manages)
            await notifier.NotifyAsync(registration.ResidentId, "Notify.SignUpDeclined", [activity.Title], $"/portal/activities/{activityId}", cancellationToken);
        await audit.RecordAsync("activity.cancelled", "Activity", activityId.ToString(),
            $"registration={registrationId}" + (promoted is null ? "" : $" promoted={promoted.Value.Id}"), cancellationToken);
        if (promoted is { } seat)
            await notifier.NotifyAsync(seat.ResidentId, "Notify.Promoted", [activity.Title, ChinaTime.ToOffset(activity.StartsAt).ToString("yyyy-MM-dd HH:mm")],
                $"/portal/activities/{activityId}", cancellationToken);
        return promoted?.Id;
    }

    /// <summary>Someone is here: registered (participant or helper), or a walk-in when the activity takes them.</summary>
    /// <remarks>
    /// Staff check anyone in at any time after publishing (the printed list ticked afterwards). A resident checks
    /// in themselves or their child only with the code from the QR poster in the room, from an hour before the start
    /// until the end.
    /// </remarks>
    public async Task<CheckIn> CheckInAsync(int activityId, int? residentId, ClaimsPrincipal user, CancellationToken cancellationToken, string? code = null,
        string? reason = null)
    {
        var manages = await ManagesAsync(user);
        var activity = await VisibleAsync(activityId, manages, user, cancellationToken);
        var resident = await ActorResidentAsync(activity, residentId, manages, user, cancellationToken);
        if (activity.Status is not (ActivityStatus.Published or ActivityStatus.Finished)) throw new ConflictException("Activity.NotOpen");
        if (!manages)
        {
            if (activity.CheckInCode.Length == 0 || !string.Equals(code?.Trim(), activity.CheckInCode, StringComparison.Ordinal)) throw new FieldValidationException("code", "Activity.CheckInCodeInvalid");
            if (!activity.TakesSelfCheckIn(Now)) throw new ConflictException("Activity.CheckInNotNow");
            reason = null;
        }
        else if (activity.InCheckInWindow(Now)) reason = null;
        else if (reason?.Trim() is not { Length: > 0 and <= CheckIn.MaxReason } stated)
            throw new FieldValidationException("reason", "Activity.CheckInReasonRequired", CheckIn.MaxReason);
        else reason = stated;
        var registered = await db.Set<Registration>()
            .AnyAsync(r => r.ActivityId == activityId && r.ResidentId == resident.Id && r.Status == RegistrationStatus.Confirmed, cancellationToken);
        if (!registered && !activity.AllowsWalkIns) throw new FieldValidationException("residentId", "Activity.NotRegistered");
        var checkIn = new CheckIn(activity, resident.Id, walkIn: !registered, user.Identity?.Name ?? "", Now, reason);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Conditional on the status, as a cancellation is on the count: the two cannot both happen.
        if (await db.Set<Activity>()
                .Where(a => a.Id == activityId && (a.Status == ActivityStatus.Published || a.Status == ActivityStatus.Finished))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CheckedInCount, a => a.CheckedInCount + 1), cancellationToken) == 0)
            throw new ConflictException("Activity.NotOpen");
        db.Set<CheckIn>().Add(checkIn);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (activity, resident) index; the count above rolls back with the transaction.
            throw new ConflictException("Activity.AlreadyCheckedIn");
        }
        await tallies.CountAsync(checkIn, activity.StartsAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return checkIn;
    }

    /// <summary>A participant who checked in fills in the satisfaction form; answering again replaces their answers.</summary>
    public async Task<Rating> RateAsync(int activityId, RateRequest answers, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var activity = await VisibleAsync(activityId, await ManagesAsync(user), user, cancellationToken);
        var me = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (answers.Score is not (>= 1 and <= Rating.MaxScore)) errors["score"] = new("Activity.ScoreInvalid");
        if (answers.Content is not (null or (>= 1 and <= Rating.MaxScore))) errors["content"] = new("Activity.ScoreInvalid");
        if (answers.Organisation is not (null or (>= 1 and <= Rating.MaxScore))) errors["organisation"] = new("Activity.ScoreInvalid");
        answers = answers with { Comment = FieldChecks.OrNull(answers.Comment) };
        if (answers.Comment is { Length: > 500 }) errors["comment"] = new("Validation.MaxLength", 500);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (!await db.Set<CheckIn>().AnyAsync(c => c.ActivityId == activityId && c.ResidentId == me.Id, cancellationToken))
            throw new ConflictException("Activity.RateAfterAttending");
        var rating = await db.Set<Rating>().FirstOrDefaultAsync(r => r.ActivityId == activityId && r.ResidentId == me.Id, cancellationToken);
        if (rating is null) db.Set<Rating>().Add(rating = new Rating(activity, me.Id, answers, Now));
        else rating.Change(answers, Now);
        await db.SaveChangesAsync(cancellationToken);
        return rating;
    }

    /// <summary>The checked-in resident's own rating, if any.</summary>
    private async Task<Rating?> OwnRatingAsync(int activityId, int residentId, CancellationToken cancellationToken) =>
        await db.Set<Rating>().AsNoTracking().FirstOrDefaultAsync(r => r.ActivityId == activityId && r.ResidentId == residentId, cancellationToken);

    /// <summary>
    /// The poster's QR: the portal page that checks the scanning resident in, as a path and at the public address
    /// (what the poster prints). Staff only: residents never see the code away from the room.
    /// </summary>
    public async Task<CheckInPath> CheckInPathAsync(int activityId, CancellationToken cancellationToken)
    {
        var code = await db.Set<Activity>().Where(a => a.Id == activityId).Select(a => a.CheckInCode).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        var path = $"/portal/activities/{activityId}?code={code}";
        return new CheckInPath(path, address.Of(path));
    }

    /// <summary>Whether the caller runs activities (the staff path) or acts as a resident: asked once per request, as a sign-up rush makes many.</summary>
    private Task<bool> ManagesAsync(ClaimsPrincipal user) => authorization.AllowsAsync(user, ActivitiesPolicies.Manage);

    /// <summary>Staff see their scope's activities; a resident sees the non-draft ones of their own community.</summary>
    private async Task<Activity> VisibleAsync(int id, bool manages, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (manages) return await ActivityInScope.For(db)(db, id, cancellationToken) ?? throw new NotFoundException();
        var own = await self.OwnResidentAsync(user.UserId(), cancellationToken);
        return await db.Set<Activity>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id && a.CommunityId == own.CommunityId && a.Status != ActivityStatus.Draft, cancellationToken) ?? throw new NotFoundException();
    }

    // The sign-up's reads, compiled once: a rush of sign-ups skips translating the same LINQ again for each request.
    private static readonly CompiledQuery<Func<LinliDb, int, CancellationToken, Task<Activity?>>> ActivityInScope = new(() => EF.CompileAsyncQuery(
        (LinliDb db, int id, CancellationToken _) => db.Set<Activity>().AsNoTracking().FirstOrDefault(a => a.Id == id)));

    /// <summary>Staff name the resident (of the activity's community); a resident acts for themselves or a child in their care.</summary>
    private async Task<ResidentBasics> ActorResidentAsync(Activity activity, int? residentId, bool manages, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (residentId is null) return await self.OwnResidentAsync(user.UserId(), cancellationToken);
        if (!manages)
        {
            if (!await authorization.MayActForAsync(user, residentId.Value)) throw new ForbiddenException();
            return await directory.FindAsync(residentId.Value, cancellationToken) ?? throw new ForbiddenException();
        }
        return await directory.FindAsync(residentId.Value, cancellationToken) is { Living: true } resident && resident.CommunityId == activity.CommunityId
            ? resident
            : throw new FieldValidationException("residentId", "Activity.ResidentNotFound");
    }

    private async Task EnsureEligibleAsync(Activity activity, ResidentBasics resident, CancellationToken cancellationToken)
    {
        var eligible = activity.Eligibility switch
        {
            Eligibility.Tag => await residents.CarriesTagAsync(resident.Id, activity.EligibleTag!, cancellationToken),
            Eligibility.Children => resident.AgeOn(ChinaTime.Today(clock)) < Residents.Guardians.GuardiansService.AdultAge,
            _ => true,
        };
        if (!eligible) throw new FieldValidationException("residentId", "Activity.NotEligible");
    }
}
