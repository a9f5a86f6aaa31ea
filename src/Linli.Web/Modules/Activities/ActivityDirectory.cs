using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>An activity's facts as other modules need them (times in UTC).</summary>
public sealed record ActivityFacts(int Id, int CommunityId, string Title, string? Place, DateTime StartsAt, DateTime EndsAt, ActivityStatus Status);

/// <summary>A checked-in attendance: who came to which activity.</summary>
public sealed record CheckInFact(int CheckInId, int ActivityId, int ResidentId, string ActivityTitle);

/// <summary>
/// What a grant project's activities add up to: held activities (services), their check-ins (person-times), the
/// distinct people checked in and the participants' ratings (how many, the sum of their 1–5 scores).
/// </summary>
public sealed record ProjectActivityFigures(int Services, int PersonTimes, int UniquePeople, int Ratings = 0, int RatingSum = 0)
{
    public static readonly ProjectActivityFigures None = new(0, 0, 0);

    /// <summary>The participants' mean rating to two decimals; null before anyone rated.</summary>
    public decimal? Satisfaction => MeanRating(RatingSum, Ratings);

    public static decimal? MeanRating(int sum, int count) => count == 0 ? null : decimal.Round((decimal)sum / count, 2);
}

/// <summary>An activity held in a grant project: its person-times, and its participants' ratings (how many, the sum of their 1–5 scores).</summary>
public sealed record HeldActivity(int Id, string Title, DateTime StartsAtUtc, int PersonTimes, int Ratings, int RatingSum);

/// <summary>
/// Activities and attendance as other modules see them: a group's activities and person-times, check-ins the points
/// rules award, helpers whose hours a volunteer record confirms, needs answered by activities. Reads go through the
/// caller's scope; the modules that use it never touch the activities' tables (ModuleBoundaryTests).
/// </summary>
public sealed class ActivityDirectory(LinliDb db, ActivitiesService activities, TimeProvider clock)
{
    /// <summary>
    /// Figures of grant projects from their activities: an activity counts as a service once it was held (see
    /// <see cref="HeldInProjects"/>), in the window by its start when one is given; its check-ins are person-times.
    /// Distinct people and ratings take two more grouped reads, made only when asked for.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, ProjectActivityFigures>> ProjectFiguresAsync(IReadOnlyCollection<int> projectIds, DateTime? fromUtc, DateTime? toUtc,
        bool withPeopleAndRatings, CancellationToken cancellationToken)
    {
        if (projectIds.Count == 0) return new Dictionary<int, ProjectActivityFigures>();
        var held = HeldInProjects(fromUtc, toUtc).Where(a => projectIds.Contains(a.GrantProjectId!.Value));
        var counts = await held.GroupBy(a => a.GrantProjectId!.Value)
            .Select(g => new { g.Key, Services = g.Count(), PersonTimes = g.Sum(a => a.CheckedInCount) }).ToListAsync(cancellationToken);
        var unique = new Dictionary<int, int>();
        var ratings = new Dictionary<int, (int Count, int Sum)>();
        if (withPeopleAndRatings)
        {
            unique = await db.Set<CheckIn>().IgnoreQueryFilters().Join(held, c => c.ActivityId, a => a.Id, (c, a) => new { Project = a.GrantProjectId!.Value, c.ResidentId })
                .Distinct().GroupBy(x => x.Project).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
            ratings = (await db.Set<Rating>().IgnoreQueryFilters().Join(held, r => r.ActivityId, a => a.Id, (r, a) => new { Project = a.GrantProjectId!.Value, r.Score })
                .GroupBy(x => x.Project).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(x => x.Score) }).ToListAsync(cancellationToken))
                .ToDictionary(x => x.Key, x => (x.Count, x.Sum));
        }
        return counts.ToDictionary(c => c.Key, c => new ProjectActivityFigures(c.Services, c.PersonTimes, unique.GetValueOrDefault(c.Key),
            ratings.GetValueOrDefault(c.Key).Count, ratings.GetValueOrDefault(c.Key).Sum));
    }

    /// <summary>
    /// The activities held in a grant project (as <see cref="ProjectFiguresAsync"/> counts them, in the window by their
    /// start when one is given), oldest first, with the participants' ratings (1–5): how many and their sum. The caller
    /// has checked the project is in its scope.
    /// </summary>
    public async Task<IReadOnlyList<HeldActivity>> HeldInProjectAsync(int projectId, CancellationToken cancellationToken, DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        var held = await HeldInProjects(fromUtc, toUtc).AsNoTracking().Where(a => a.GrantProjectId == projectId)
            .OrderBy(a => a.StartsAt).Select(a => new { a.Id, a.Title, a.StartsAt, a.CheckedInCount }).ToListAsync(cancellationToken);
        var ids = held.Select(a => a.Id).ToList();
        var ratings = await db.Set<Rating>().IgnoreQueryFilters().Where(r => ids.Contains(r.ActivityId)).GroupBy(r => r.ActivityId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.Score) }).ToDictionaryAsync(x => x.Key, cancellationToken);
        return [.. held.Select(a => new HeldActivity(a.Id, a.Title, a.StartsAt, a.CheckedInCount,
            ratings.TryGetValue(a.Id, out var r) ? r.Count : 0, ratings.TryGetValue(a.Id, out var s) ? s.Sum : 0))];
    }

    /// <summary>When each activity held in the grant projects started and its person-times, for a program's month-by-month trend.</summary>
    public async Task<IReadOnlyList<(DateTime StartsAtUtc, int PersonTimes)>> HeldStartsAsync(IReadOnlyCollection<int> projectIds, CancellationToken cancellationToken) =>
        projectIds.Count == 0 ? []
            : (await HeldInProjects(null, null).Where(a => projectIds.Contains(a.GrantProjectId!.Value)).Select(a => new { a.StartsAt, a.CheckedInCount })
                .ToListAsync(cancellationToken)).Select(a => (a.StartsAt, a.CheckedInCount)).ToList();

    /// <summary>The distinct people checked in at the given activities (ids only: the grants module counts them and their households, never names them).</summary>
    public async Task<IReadOnlyList<int>> ParticipantsOfAsync(IReadOnlyCollection<int> activityIds, CancellationToken cancellationToken) =>
        activityIds.Count == 0 ? []
            : await db.Set<CheckIn>().IgnoreQueryFilters().Where(c => activityIds.Contains(c.ActivityId)).Select(c => c.ResidentId).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// Activities of grant projects that were held: finished, or published and begun; cancelled ones never. The grants
    /// module has already decided the caller may see the projects — an organization's account sees no community — so
    /// these activities are read past the community filter (listed in IgnoreQueryFiltersTests) and only counted or titled.
    /// </summary>
    private IQueryable<Activity> HeldInProjects(DateTime? fromUtc, DateTime? toUtc) =>
        Held(db.Set<Activity>().IgnoreQueryFilters().Where(a => a.GrantProjectId != null), fromUtc, toUtc);

    /// <summary>Activities held (finished, or published and begun; cancelled ones never), by their start in the window when one is given.</summary>
    private IQueryable<Activity> Held(IQueryable<Activity> activities, DateTime? fromUtc, DateTime? toUtc)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var held = activities.Where(a => a.Status == ActivityStatus.Finished || (a.Status == ActivityStatus.Published && a.StartsAt <= now));
        if (fromUtc is { } from) held = held.Where(a => a.StartsAt >= from);
        if (toUtc is { } to) held = held.Where(a => a.StartsAt < to);
        return held;
    }

    /// <summary>Each community's activities held that started in the window and their person-times (communities with none are absent): a station's month for the street.</summary>
    public async Task<IReadOnlyDictionary<int, (int Held, int PersonTimes)>> HeldInCommunitiesAsync(IReadOnlyCollection<int> communityIds, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken) =>
        (await Held(db.Set<Activity>().Where(a => communityIds.Contains(a.CommunityId)), fromUtc, toUtc).GroupBy(a => a.CommunityId)
            .Select(g => new { g.Key, Held = g.Count(), PersonTimes = g.Sum(a => a.CheckedInCount) }).ToListAsync(cancellationToken))
        .ToDictionary(x => x.Key, x => (x.Held, x.PersonTimes));

    public async Task<ActivityFacts?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Activity>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActivityFacts(a.Id, a.CommunityId, a.Title, a.Place, a.StartsAt, a.EndsAt, a.Status)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the activity exists in the community (a link from a group or a need).</summary>
    public Task<bool> IsInCommunityAsync(int activityId, int communityId, CancellationToken cancellationToken) =>
        db.Set<Activity>().AnyAsync(a => a.Id == activityId && a.CommunityId == communityId, cancellationToken);

    /// <summary>The activities of the ids, latest first, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<ActivitySummary>> SummariesAsync(IEnumerable<int> ids, int take, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var rows = await db.Set<Activity>().AsNoTracking().Where(a => wanted.Contains(a.Id)).OrderByDescending(a => a.StartsAt).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(ActivitySummary.Of)];
    }

    /// <summary>A community's activities in the order they were created, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<ActivitySummary>> InCommunityAsync(int communityId, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Activity>().AsNoTracking().Where(a => a.CommunityId == communityId).OrderBy(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(ActivitySummary.Of)];
    }

    /// <summary>A community's activities, latest start first, at most <paramref name="take"/>: a picker of the activity a record was run as.</summary>
    public async Task<IReadOnlyList<ActivitySummary>> LatestInCommunityAsync(int communityId, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Activity>().AsNoTracking().Where(a => a.CommunityId == communityId).OrderByDescending(a => a.StartsAt).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(ActivitySummary.Of)];
    }

    /// <summary>Person-times: check-ins at the activities.</summary>
    public async Task<int> PersonTimesAsync(IEnumerable<int> activityIds, CancellationToken cancellationToken)
    {
        var wanted = activityIds.Distinct().ToList();
        return wanted.Count == 0 ? 0 : await db.Set<CheckIn>().CountAsync(c => wanted.Contains(c.ActivityId), cancellationToken);
    }

    /// <summary>Person-times of each activity (those with none are absent).</summary>
    public async Task<IReadOnlyDictionary<int, int>> PersonTimesEachAsync(IReadOnlyCollection<int> activityIds, CancellationToken cancellationToken) =>
        await db.Set<CheckIn>().AsNoTracking().Where(c => activityIds.Contains(c.ActivityId)).GroupBy(c => c.ActivityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>A community's check-ins since a moment, oldest first.</summary>
    public async Task<IReadOnlyList<CheckInFact>> CheckInsSinceAsync(int communityId, DateTime since, CancellationToken cancellationToken) =>
        await db.Set<CheckIn>().AsNoTracking().Where(c => c.CommunityId == communityId && c.At >= since).OrderBy(c => c.Id)
            .Join(db.Set<Activity>(), c => c.ActivityId, a => a.Id, (c, a) => new CheckInFact(c.Id, c.ActivityId, c.ResidentId, a.Title)).ToListAsync(cancellationToken);

    /// <summary>
    /// Helpers (confirmed sign-ups in the helper role) who were checked in, at a community's activities that have
    /// started — published or finished — since a moment, or at one activity; earliest activity first.
    /// </summary>
    public async Task<IReadOnlyList<(ActivityFacts Activity, int ResidentId)>> CheckedInHelpersAsync(int communityId, int? activityId, DateTime since, DateTime now,
        int take, CancellationToken cancellationToken)
    {
        var held = db.Set<Activity>().AsNoTracking().Where(a => a.CommunityId == communityId && a.StartsAt <= now
            && (a.Status == ActivityStatus.Published || a.Status == ActivityStatus.Finished));
        held = activityId is { } id ? held.Where(a => a.Id == id) : held.Where(a => a.StartsAt >= since);
        var rows = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.Role == RegistrationRole.Helper && r.Status == RegistrationStatus.Confirmed)
            .Join(held, r => r.ActivityId, a => a.Id, (r, a) => new { r.ResidentId, a })
            .Where(x => db.Set<CheckIn>().Any(c => c.ActivityId == x.a.Id && c.ResidentId == x.ResidentId))
            .OrderBy(x => x.a.StartsAt).Take(take)
            .Select(x => new { x.ResidentId, Facts = new ActivityFacts(x.a.Id, x.a.CommunityId, x.a.Title, x.a.Place, x.a.StartsAt, x.a.EndsAt, x.a.Status) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => (x.Facts, x.ResidentId))];
    }

    /// <summary>Whether the resident helped at the activity: signed up as a helper, confirmed, and checked in.</summary>
    public async Task<bool> HelpedAsync(int activityId, int residentId, CancellationToken cancellationToken) =>
        await db.Set<Registration>().AnyAsync(r => r.ActivityId == activityId && r.ResidentId == residentId && r.Role == RegistrationRole.Helper
            && r.Status == RegistrationStatus.Confirmed, cancellationToken)
        && await db.Set<CheckIn>().AnyAsync(c => c.ActivityId == activityId && c.ResidentId == residentId, cancellationToken);

    /// <summary>The residents checked in at an activity (ids only): a station's training run as an activity takes its attendance from them.</summary>
    public async Task<IReadOnlyList<int>> CheckedInAtAsync(int activityId, CancellationToken cancellationToken) =>
        await db.Set<CheckIn>().Where(c => c.ActivityId == activityId).Select(c => c.ResidentId).Distinct().ToListAsync(cancellationToken);

    /// <summary>The activities a resident helped at (see <see cref="HelpedAsync"/>) that started in the window, latest first: an activist's development page.</summary>
    public async Task<IReadOnlyList<ActivityFacts>> HelpedByAsync(int residentId, DateTime? fromUtc, DateTime? toUtc, int take, CancellationToken cancellationToken) =>
        await db.Set<Registration>().AsNoTracking()
            .Where(r => r.ResidentId == residentId && r.Role == RegistrationRole.Helper && r.Status == RegistrationStatus.Confirmed
                && db.Set<CheckIn>().Any(c => c.ActivityId == r.ActivityId && c.ResidentId == residentId))
            .Join(db.Set<Activity>(), r => r.ActivityId, a => a.Id, (r, a) => a)
            .Where(a => (fromUtc == null || a.StartsAt >= fromUtc) && (toUtc == null || a.StartsAt < toUtc))
            .OrderByDescending(a => a.StartsAt).Take(take)
            .Select(a => new ActivityFacts(a.Id, a.CommunityId, a.Title, a.Place, a.StartsAt, a.EndsAt, a.Status)).ToListAsync(cancellationToken);

    /// <summary>The activities an account organized (set up in the console) that were held in the window, latest first: a worker's development page.</summary>
    public async Task<IReadOnlyList<ActivityFacts>> LedByAsync(string userId, DateTime? fromUtc, DateTime? toUtc, int take, CancellationToken cancellationToken) =>
        await Held(db.Set<Activity>().AsNoTracking().Where(a => a.OrganizerId == userId), fromUtc, toUtc).OrderByDescending(a => a.StartsAt).Take(take)
            .Select(a => new ActivityFacts(a.Id, a.CommunityId, a.Title, a.Place, a.StartsAt, a.EndsAt, a.Status)).ToListAsync(cancellationToken);

    /// <summary>The residents signed up (confirmed) to help at an activity: the volunteers' task board.</summary>
    public async Task<IReadOnlyList<int>> HelpersAtAsync(int activityId, CancellationToken cancellationToken) =>
        await db.Set<Registration>().Where(r => r.ActivityId == activityId && r.Role == RegistrationRole.Helper && r.Status == RegistrationStatus.Confirmed)
            .Select(r => r.ResidentId).ToListAsync(cancellationToken);

    /// <summary>
    /// Signs a resident up to help, as staff would, unless they already are signed up in any role; the activity's own
    /// checks answer (sign-up closed: 409). Whether a sign-up was written.
    /// </summary>
    public async Task<bool> SignUpHelperAsync(int activityId, int residentId, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await db.Set<Registration>().AnyAsync(r => r.ActivityId == activityId && r.ResidentId == residentId, cancellationToken)) return false;
        await activities.RegisterAsync(activityId, residentId, RegistrationRole.Helper, user, cancellationToken);
        return true;
    }

    /// <summary>A community's activities (not cancelled) starting in the window: what is coming up for a to-do.</summary>
    public async Task<IReadOnlyList<int>> StartingWithinAsync(int communityId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await db.Set<Activity>().Where(a => a.CommunityId == communityId && a.Status != ActivityStatus.Cancelled && a.StartsAt >= fromUtc && a.StartsAt < toUtc)
            .Select(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The roles of an activity's own plan ("签到引导 2"), in order: tasks the volunteers' board offers to add.</summary>
    public async Task<IReadOnlyList<(string Role, int? People)>> PlanRolesAsync(int activityId, CancellationToken cancellationToken) =>
        [.. (await db.Set<Templates.PlanItem>().AsNoTracking().Where(i => i.ActivityId == activityId && i.Kind == Templates.PlanItemKind.Role).OrderBy(i => i.Position)
            .Select(i => new { i.Text, i.Number }).ToListAsync(cancellationToken)).Select(i => (i.Text, i.Number))];

    /// <summary>Checks a resident in as staff would at the door (a clinic's reading does it); a reason is needed outside the check-in window.</summary>
    public async Task CheckInAsync(int activityId, int residentId, System.Security.Claims.ClaimsPrincipal user, string? reason, CancellationToken cancellationToken) =>
        await activities.CheckInAsync(activityId, residentId, user, cancellationToken, reason: reason);

    /// <summary>Creates an activity (a group runs it, a meeting recruits residents through it) and returns its summary.</summary>
    public async Task<ActivitySummary> CreateAsync(NewActivity input, CancellationToken cancellationToken) =>
        ActivitySummary.Of(await activities.CreateAsync(input, cancellationToken));
}
