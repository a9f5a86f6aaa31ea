using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Clinics;

/// <summary>
/// Free clinics (义诊): a weekly series planned at once, each session an activity of the activities module (sign-ups,
/// check-in, helpers' hours), and the readings a volunteer takes at the session — which also check the resident in,
/// so the attendance is the work itself, never typed twice.
/// </summary>
public sealed class ClinicsService(LinliDb db, ActivityDirectory directory, ActivitiesService activities, HealthService health, ResidentPlacement placement,
    Grants.GrantProjectDirectory grantProjects, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxWeeks = 52;
    public const string Category = "义诊";

    public async Task<ClinicSeriesCreated> PlanAsync(NewClinicSeries input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var series = errors.Text(input.Series, "series", ClinicSession.MaxSeries);
        var partner = errors.Text(input.Partner, "partner", ClinicSession.MaxPartner, required: false);
        var doctors = errors.Text(input.Doctors, "doctors", ClinicSession.MaxDoctors, required: false);
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (input.FirstStartsAt is null) errors["firstStartsAt"] = new("Validation.Required");
        if (input.Weeks is not (>= 1 and <= MaxWeeks)) errors["weeks"] = new("Validation.Range", 1, MaxWeeks);
        if (input.Theme is not { } theme || !Enum.IsDefined(theme)) errors["theme"] = new("Validation.Required");
        if (input.DurationMinutes is < 30 or > 480) errors["durationMinutes"] = new("Validation.Range", 30, 480);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var communityId = input.CommunityId!.Value;
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var places = input.RegionIds is { Count: > 0 } given ? given : [communityId];
        foreach (var place in places.Distinct())
            if (!await placement.IsWithinCommunityAsync(place, communityId, cancellationToken)) throw new FieldValidationException("regionIds", "Care.RegionOutside");
        var names = await db.Regions.AsNoTracking().Where(r => places.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);

        var first = ChinaTime.FromInput(input.FirstStartsAt)!.Value;
        var duration = TimeSpan.FromMinutes(input.DurationMinutes ?? 120);
        // Every session must fit the grant project before the first is written: the last week decides the period.
        if (input.GrantProjectId is { } project && await grantProjects.CheckActivityAsync(project, communityId, first,
                first.AddDays(7 * (input.Weeks!.Value - 1)) + duration, cancellationToken) is { } refusal)
            throw new FieldValidationException("grantProjectId", refusal);
        // Each session's activity is written in the activities module's own transaction; everything was checked above.
        var ids = new List<int>();
        for (var week = 0; week < input.Weeks; week++)
        {
            var startsAt = first.AddDays(7 * week);
            var place = places[week % places.Count];
            var activity = await directory.CreateAsync(new NewActivity(communityId, $"{series}（{names[place]}）", doctors.Length == 0 ? null : $"坐诊：{doctors}", names[place],
                startsAt, startsAt + duration, input.Capacity ?? 60, ActivityStatus.Published, null, true, Category, partner.Length == 0 ? null : partner,
                GrantProjectId: input.GrantProjectId), cancellationToken);
            var session = new ClinicSession(communityId, series, activity.Id, place, input.Theme!.Value, startsAt,
                (partner.Length == 0 ? null : partner, doctors.Length == 0 ? null : doctors), scope.UserName ?? "");
            db.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            ids.Add(session.Id);
        }
        await audit.RecordAsync("care.clinics-planned", "ClinicSession", ids[0].ToString(), $"community={communityId} sessions={ids.Count}", cancellationToken);
        return new ClinicSeriesCreated(ids);
    }

    /// <summary>A community's sessions, latest first, with attendance (check-ins) and how many readings each took.</summary>
    public async Task<IReadOnlyList<ClinicLine>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var sessions = await db.Set<ClinicSession>().AsNoTracking().Where(s => s.CommunityId == communityId).OrderByDescending(s => s.StartsAt).Take(200)
            .Select(s => new { Session = s, Place = db.Regions.Where(r => r.Id == s.RegionId).Select(r => r.Name).FirstOrDefault() }).ToListAsync(cancellationToken);
        var measured = await health.CountsAtSessionsAsync([.. sessions.Select(s => s.Session.Id)], cancellationToken);
        var checkedIn = await directory.PersonTimesEachAsync([.. sessions.Select(s => s.Session.ActivityId)], cancellationToken);
        return [.. sessions.Select(s => new ClinicLine(s.Session.Id, s.Session.Series, s.Session.Theme, ChinaTime.ToOffset(s.Session.StartsAt), s.Place ?? "",
            s.Session.ActivityId, checkedIn.GetValueOrDefault(s.Session.ActivityId), measured.GetValueOrDefault(s.Session.Id)))];
    }

    /// <summary>The session with everyone on its list, whether each can be measured (consent) and the readings taken there.</summary>
    public async Task<ClinicDetail> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var session = await FindAsync(id, cancellationToken);
        var activity = await directory.FindAsync(session.ActivityId, cancellationToken) ?? throw new NotFoundException();
        var attendees = await activities.AttendeesAsync(session.ActivityId, cancellationToken);
        var consented = await health.ConsentedAsync([.. attendees.Select(a => a.ResidentId)], cancellationToken);
        var readings = await health.AtSessionAsync(id, cancellationToken);
        var place = await db.Regions.AsNoTracking().Where(r => r.Id == session.RegionId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return new ClinicDetail(session.Id, session.CommunityId, session.Series, session.Theme, ChinaTime.ToOffset(activity.StartsAt), ChinaTime.ToOffset(activity.EndsAt), place,
            session.Partner, session.Doctors, session.ActivityId,
            [.. attendees.Where(a => a.Status is null or RegistrationStatus.Confirmed).Select(a => new ClinicAttendee(a.ResidentId, a.Name, a.CheckedIn,
                consented.Contains(a.ResidentId), [.. readings[a.ResidentId]]))]);
    }

    /// <summary>A walk-in at the session: checked in through the activities module (a reason is given when it is recorded after the session).</summary>
    public async Task CheckInAsync(int id, int residentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var session = await FindAsync(id, cancellationToken);
        var facts = await directory.FindAsync(session.ActivityId, cancellationToken) ?? throw new NotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        var late = now > facts.EndsAt || now < facts.StartsAt.AddHours(-1) ? "义诊现场登记，事后补录" : null;
        await directory.CheckInAsync(session.ActivityId, residentId, user, late, cancellationToken);
    }

    /// <summary>
    /// A reading at the session, by a named volunteer or doctor: the resident is checked in first if they were not
    /// (attendance comes from the work), then the measurement is recorded against the session; taken at the session's
    /// start when recorded after it ended.
    /// </summary>
    public async Task<MeasurementCreated> MeasureAsync(int id, SessionMeasurement input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (input.ResidentId is not { } residentId) throw new FieldValidationException("residentId", "Validation.Required");
        if (input.Reading is not { } reading) throw new FieldValidationException("reading", "Validation.Required");
        var session = await FindAsync(id, cancellationToken);
        var facts = await directory.FindAsync(session.ActivityId, cancellationToken) ?? throw new NotFoundException();
        if (reading.MeasuredAt is null && clock.GetUtcNow().UtcDateTime > facts.EndsAt) reading = reading with { MeasuredAt = DateTime.SpecifyKind(facts.StartsAt, DateTimeKind.Utc) };
        // The reading first: a mistyped one writes nothing, not even the check-in.
        var created = await health.MeasureAsync(residentId, reading, cancellationToken, id);
        var present = (await activities.AttendeesAsync(session.ActivityId, cancellationToken)).Any(a => a.ResidentId == residentId && a.CheckedIn);
        if (!present) await CheckInAsync(id, residentId, user, cancellationToken);
        return created;
    }

    private async Task<ClinicSession> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ClinicSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
}
