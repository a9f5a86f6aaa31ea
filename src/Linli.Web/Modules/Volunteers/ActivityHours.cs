using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Points.Earning;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// Hours that come from the work itself: a registered volunteer who signed up as a helper and was checked in at an
/// activity is proposed for the activity's length; a staff member confirms (or adjusts) the hours and the service
/// record is written with the activity's facts. The community's hourly points rule then awards points.
/// </summary>
public sealed class ActivityHours(LinliDb db, ResidentPlacement placement, ResidentDirectory directory, ActivityDirectory activities, GroupDirectory groups,
    VolunteersService volunteers, EarningService earning, AuditLog audit, TimeProvider clock)
{
    /// <summary>Proposals older than this are left for hand entry: Order 67 wants records within 10 working days.</summary>
    public const int LookBackDays = 30;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Checked-in helpers of the community's activities (or one activity) who are volunteers and have no record for it yet.</summary>
    public async Task<IReadOnlyList<HoursProposal>> ProposalsAsync(int communityId, int? activityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var now = Now;
        var helpers = await activities.CheckedInHelpersAsync(communityId, activityId, now.AddDays(-LookBackDays), now, 2000, cancellationToken);
        var residentIds = helpers.Select(h => h.ResidentId).Distinct().ToList();
        var volunteers = await db.Set<Volunteer>().AsNoTracking().Where(v => v.CommunityId == communityId && residentIds.Contains(v.ResidentId))
            .ToDictionaryAsync(v => v.ResidentId, cancellationToken);
        var activityIds = helpers.Select(h => h.Activity.Id).Distinct().ToList();
        var recorded = (await db.Set<ServiceRecord>().AsNoTracking().Where(s => s.ActivityId != null && activityIds.Contains(s.ActivityId.Value))
            .Select(s => new { ActivityId = s.ActivityId!.Value, s.VolunteerId }).ToListAsync(cancellationToken))
            .Select(s => (s.ActivityId, s.VolunteerId)).ToHashSet();
        var names = await directory.NamesAsync(volunteers.Values.Select(v => v.ResidentId), cancellationToken);
        return [.. helpers.Where(h => volunteers.ContainsKey(h.ResidentId) && names.ContainsKey(h.ResidentId))
            .Select(h => (h.Activity, Volunteer: volunteers[h.ResidentId]))
            .Where(x => !recorded.Contains((x.Activity.Id, x.Volunteer.Id)))
            .Take(500)
            .Select(x => new HoursProposal(x.Activity.Id, x.Activity.Title, DateOnly.FromDateTime(ChinaTime.FromUtc(x.Activity.StartsAt)), x.Volunteer.Id,
                x.Volunteer.Number, x.Volunteer.ResidentId, names[x.Volunteer.ResidentId], Length(x.Activity)))];
    }

    /// <summary>Writes the service record of a proposal; the same volunteer and activity twice → 409.</summary>
    public async Task<ServiceRecordView> ConfirmAsync(int activityId, ConfirmHoursRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(activityId, cancellationToken) ?? throw new NotFoundException();
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VolunteerId && v.CommunityId == activity.CommunityId, cancellationToken)
            ?? throw new FieldValidationException("volunteerId", "Volunteer.NotFound");
        if (await db.Set<ServiceRecord>().AnyAsync(s => s.ActivityId == activityId && s.VolunteerId == volunteer.Id, cancellationToken))
            throw new ConflictException("Volunteer.HoursAlreadyConfirmed");
        if (!await activities.HelpedAsync(activityId, volunteer.ResidentId, cancellationToken)) throw new FieldValidationException("volunteerId", "Volunteer.NotAHelperHere");
        if (activity.StartsAt > Now) throw new ConflictException("Volunteer.ActivityNotStarted");
        var hours = request.Hours ?? Length(activity);
        if (hours <= 0 || hours > 24 || decimal.Round(hours, 2) != hours) throw new FieldValidationException("hours", "Volunteer.HoursInvalid");
        var content = request.Content?.Trim() is { Length: > 0 } c ? c[..Math.Min(c.Length, 1000)] : $"{activity.Title}：活动志愿服务";

        var community = await volunteers.RecordingUnitAsync(activity.CommunityId, cancellationToken);
        var group = await groups.RunnerOfAsync(activityId, cancellationToken);
        var userName = user.Identity?.Name ?? "";
        var inCharge = await volunteers.PersonInChargeAsync(user, cancellationToken);
        var record = new ServiceRecord(volunteer, FieldChecks.Clip(activity.Title, 100), DateOnly.FromDateTime(ChinaTime.FromUtc(activity.StartsAt)), FieldChecks.Clip(activity.Place ?? community, 200),
            content, hours, FieldChecks.Clip(group ?? community, 100), inCharge, ChinaTime.Today(clock), userName, Now, activityId);
        db.Set<ServiceRecord>().Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("Volunteer.HoursAlreadyConfirmed");
        }
        await audit.RecordAsync("volunteer.service-recorded", "Volunteer", volunteer.Id.ToString(), $"record={record.Id} activity={activityId} {record.Hours}h", cancellationToken);
        await earning.ForVolunteerHoursAsync(volunteer.CommunityId, volunteer.ResidentId, record.Hours, record.Id, activity.Title, userName, cancellationToken);
        return VolunteersService.View(record);
    }

    /// <summary>The activity's length in hours, rounded to the half hour, at most a day.</summary>
    private static decimal Length(ActivityFacts activity) =>
        Math.Min(24m, Math.Max(0.5m, Math.Round((decimal)(activity.EndsAt - activity.StartsAt).TotalHours * 2, MidpointRounding.AwayFromZero) / 2));
}
