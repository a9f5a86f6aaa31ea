using Linli.Web.Modules.Points.Earning;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>A small practice's service as the Order 67 record states it: an adoption's care day (its item as the activity, its place).</summary>
public sealed record PracticeService(int CommunityId, int ResidentId, string Name, DateOnly On, string Place, string Content, decimal Hours);

/// <summary>The service record a practice wrote, with what it said: the points are paid from it once the caller commits.</summary>
public sealed record PracticeRecorded(int ServiceRecordId, PracticeService Service);

/// <summary>
/// Hours that other modules' practices give to a registered volunteer: the service record is written here, in the
/// caller's transaction; once the caller has committed, the community's hourly points rule awards points for it as it
/// does for an activity's hours (the points ledger keeps its own transaction, and awards a record once).
/// </summary>
public sealed class PracticeHours(LinliDb db, VolunteersService volunteers, EarningService earning, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    /// <summary>Whether the resident is a registered volunteer of the community.</summary>
    public Task<bool> IsVolunteerAsync(int communityId, int residentId, CancellationToken cancellationToken) =>
        db.Set<Volunteer>().AnyAsync(v => v.CommunityId == communityId && v.ResidentId == residentId, cancellationToken);

    /// <summary>Writes the volunteer's service record (organized by the community); null when the resident is not a volunteer of it.</summary>
    public async Task<PracticeRecorded?> RecordAsync(PracticeService service, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.CommunityId == service.CommunityId && v.ResidentId == service.ResidentId,
            cancellationToken);
        if (volunteer is null) return null;
        var by = scope.UserName ?? "";
        var unit = await volunteers.RecordingUnitAsync(service.CommunityId, cancellationToken);
        var record = new ServiceRecord(volunteer, FieldChecks.Clip(service.Name, 100), service.On, FieldChecks.Clip(service.Place, 200), FieldChecks.Clip(service.Content, 1000),
            service.Hours, FieldChecks.Clip(unit, 100), await volunteers.PersonInChargeAsync(by, cancellationToken), ChinaTime.Today(clock), by, clock.GetUtcNow().UtcDateTime);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.service-recorded", "Volunteer", volunteer.Id.ToString(), $"record={record.Id} {record.Hours}h practice", cancellationToken);
        return new PracticeRecorded(record.Id, service);
    }

    /// <summary>The hourly points for a service record written by <see cref="RecordAsync"/>, after the caller committed it.</summary>
    public async Task AwardPointsAsync(PracticeRecorded recorded, CancellationToken cancellationToken) =>
        await earning.ForVolunteerHoursAsync(recorded.Service.CommunityId, recorded.Service.ResidentId, recorded.Service.Hours, recorded.ServiceRecordId, recorded.Service.Name,
            scope.UserName ?? "", cancellationToken);
}
