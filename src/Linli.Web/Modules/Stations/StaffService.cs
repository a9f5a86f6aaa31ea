using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// The station's workers and their development: profiles, and the training and supervision hours each has, summed
/// from the records (never typed). Hours are summed here rather than in SQL: SQLite keeps decimals as text.
/// </summary>
public sealed class StaffService(LinliDb db, ResidentPlacement placement, LadderService ladder, StaffWorkReader work, IOptions<StationsOptions> options, AuditLog audit,
    AccessScope scope, TimeProvider clock)
{
    public async Task<int> CreateAsync(NewStaff input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var name = errors.Text(input.Name, "name", StaffProfile.MaxName);
        if (input.Qualification is not { } qualification || !Enum.IsDefined(qualification)) errors["qualification"] = new("Validation.Required");
        var certificate = errors.Text(input.CertificateNumber, "certificateNumber", StaffProfile.MaxCertificate, required: false);
        if (input.Qualification is Qualification.None && certificate.Length > 0) errors["certificateNumber"] = new("Stations.CertificateWithoutQualification");
        if (input.CertifiedOn > Platform.Localization.ChinaTime.Today(clock)) errors["certifiedOn"] = new("Stations.DateInFuture");
        var employer = errors.Text(input.Employer, "employer", StaffProfile.MaxText, required: false);
        var role = errors.Text(input.Role, "role", StaffProfile.MaxText, required: false);
        var skills = errors.Text(input.Skills, "skills", StaffProfile.MaxText, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var (userId, residentId) = await work.CheckLinksAsync(input.CommunityId.Value, new StaffLinks(input.UserId, input.ResidentId), cancellationToken);

        var profile = new StaffProfile(input.CommunityId.Value, name, input.Qualification!.Value,
            new StaffDetails(FieldChecks.OrNull(certificate), input.CertifiedOn, FieldChecks.OrNull(employer), FieldChecks.OrNull(role), FieldChecks.OrNull(skills)),
            scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        profile.LinkTo(userId, residentId);
        db.Add(profile);
        await db.SaveOrConflictAsync("Stations.AlreadyLinked", cancellationToken);
        await audit.RecordAsync("station.staff", "StaffProfile", profile.Id.ToString(), $"community={profile.CommunityId} qualification={profile.Qualification}",
            cancellationToken);
        return profile.Id;
    }

    /// <summary>Links the profile to a console account and a resident of its community (null unlinks); each belongs to one profile at most (409).</summary>
    public async Task<StaffDetail> LinkAsync(int id, StaffLinks input, CancellationToken cancellationToken)
    {
        var profile = await db.Set<StaffProfile>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        var (userId, residentId) = await work.CheckLinksAsync(profile.CommunityId, input, cancellationToken);
        profile.LinkTo(userId, residentId);
        await db.SaveOrConflictAsync("Stations.AlreadyLinked", cancellationToken);
        await audit.RecordAsync("station.staff-linked", "StaffProfile", id.ToString(), $"user={userId} resident={residentId}", cancellationToken);
        return await ReadAsync(id, null, null, cancellationToken);
    }

    public async Task<StaffProfile> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<StaffProfile>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<StaffLine>> ListAsync(int? communityId, CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffProfile>().AsNoTracking().Where(s => communityId == null || s.CommunityId == communityId).OrderBy(s => s.CommunityId).ThenBy(s => s.Name)
            .Take(1000).ToListAsync(cancellationToken);
        var ids = staff.Select(s => s.Id).ToList();
        var trained = (await db.Set<TrainingAttendance>().Where(a => ids.Contains(a.StaffId)).Join(db.Set<Training>(), a => a.TrainingId, t => t.Id, (a, t) => new { a.StaffId, t.Hours })
            .ToListAsync(cancellationToken)).ToLookup(x => x.StaffId, x => x.Hours);
        var supervised = (await db.Set<SupervisionParticipant>().Where(p => ids.Contains(p.StaffId))
            .Join(db.Set<SupervisionSession>(), p => p.SessionId, s => s.Id, (p, s) => new { p.StaffId, s.Hours }).ToListAsync(cancellationToken)).ToLookup(x => x.StaffId, x => x.Hours);
        return [.. staff.Select(s => new StaffLine(s.Id, s.CommunityId, s.Name, s.Qualification, s.Role, trained[s.Id].Sum(), supervised[s.Id].Sum()))];
    }

    /// <summary>A worker's page: the trainings attended and the sessions supervised or received, with their hours, from <paramref name="from"/> to <paramref name="to"/> (China dates) when given.</summary>
    public async Task<StaffDetail> ReadAsync(int id, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (from > to) throw new FieldValidationException("to", "Validation.DateRange");
        var s = await FindAsync(id, cancellationToken);
        var trainings = await db.Set<TrainingAttendance>().Where(a => a.StaffId == id).Join(db.Set<Training>(), a => a.TrainingId, t => t.Id, (a, t) => t)
            .Where(t => (from == null || t.On >= from) && (to == null || t.On <= to)).OrderByDescending(t => t.On).AsNoTracking().ToListAsync(cancellationToken);
        var received = db.Set<SupervisionParticipant>().Where(p => p.StaffId == id).Select(p => p.SessionId);
        var sessions = await db.Set<SupervisionSession>().AsNoTracking().Where(x => (x.SupervisorId == id || received.Contains(x.Id))
                && (from == null || x.On >= from) && (to == null || x.On <= to))
            .OrderByDescending(x => x.On).ToListAsync(cancellationToken);
        var supervisors = await db.Set<StaffProfile>().Where(p => sessions.Select(x => x.SupervisorId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var lines = sessions.Select(x => new SupervisionLine(x.Id, x.On, x.Hours, x.Kind, x.SupervisorId, supervisors.GetValueOrDefault(x.SupervisorId, ""), x.SupervisorId == id,
            x.Topics)).ToList();
        return new StaffDetail(s.Id, s.CommunityId, s.Name, s.Qualification, s.CertificateNumber, s.CertifiedOn, s.Employer, s.Role, s.Skills, from, to,
            trainings.Sum(t => t.Hours), lines.Where(l => !l.AsSupervisor).Sum(l => l.Hours), lines.Where(l => l.AsSupervisor).Sum(l => l.Hours),
            [.. trainings.Select(t => new TrainingAttended(t.Id, t.Title, t.On, t.Hours, t.Audience))], lines, await ladder.OfStaffAsync(id, cancellationToken),
            await ContinuingEducationAsync(s, cancellationToken), await work.ReadAsync(s, from, to, cancellationToken));
    }

    /// <summary>The registration period around today, counted from the certificate's day, and the training hours attended in it; none without a qualification or its day.</summary>
    private async Task<ContinuingEducation?> ContinuingEducationAsync(StaffProfile profile, CancellationToken cancellationToken)
    {
        if (options.Value.TargetFor(profile.Qualification) is not { } target || profile.CertifiedOn is not { } certified) return null;
        var (from, to) = options.Value.PeriodAround(certified, Platform.Localization.ChinaTime.Today(clock));
        var hours = await db.Set<TrainingAttendance>().Where(a => a.StaffId == profile.Id).Join(db.Set<Training>(), a => a.TrainingId, t => t.Id, (a, t) => t)
            .Where(t => t.On >= from && t.On <= to).Select(t => t.Hours).ToListAsync(cancellationToken);
        return new ContinuingEducation(from, to, hours.Sum(), target);
    }
}
