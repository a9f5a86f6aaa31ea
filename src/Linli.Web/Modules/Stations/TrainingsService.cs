using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

/// <summary>Trainings of a community's station and who attended them: each attendee's training hours come from here.</summary>
public sealed class TrainingsService(LinliDb db, ResidentPlacement placement, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxAttendees = 200;

    public async Task<int> CreateAsync(NewTraining input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", Training.MaxTitle);
        var hours = errors.Hours(input.Hours, Training.MaxHours);
        if (input.On is null) errors["on"] = new("Validation.Required");
        if (input.Audience is not { } audience || !Enum.IsDefined(audience)) errors["audience"] = new("Validation.Required");
        var trainer = errors.Text(input.Trainer, "trainer", Training.MaxText, required: false);
        var content = errors.Text(input.Content, "content", Training.MaxText, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);

        var training = new Training(input.CommunityId.Value, title, input.On!.Value, hours, input.Audience!.Value, (FieldChecks.OrNull(trainer), FieldChecks.OrNull(content)),
            scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("station.training", "Training", training.Id.ToString(), $"community={training.CommunityId} hours={training.Hours}", cancellationToken);
        return training.Id;
    }

    public async Task<IReadOnlyList<TrainingView>> ListAsync(int? communityId, CancellationToken cancellationToken)
    {
        var trainings = await db.Set<Training>().AsNoTracking().Where(t => communityId == null || t.CommunityId == communityId).OrderByDescending(t => t.On).ThenByDescending(t => t.Id)
            .Take(500).ToListAsync(cancellationToken);
        var attendees = await AttendeesAsync([.. trainings.Select(t => t.Id)], cancellationToken);
        return [.. trainings.Select(t => View(t, attendees[t.Id]))];
    }

    /// <summary>Trainings of the community already held whose attendance nobody has recorded (the workbench's to-do).</summary>
    public async Task<int> HeldWithoutAttendanceAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        return await db.Set<Training>().CountAsync(t => t.CommunityId == communityId && t.On <= today
            && !db.Set<TrainingAttendance>().Any(a => a.TrainingId == t.Id), cancellationToken);
    }

    public async Task<TrainingView> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var training = await FindAsync(id, cancellationToken);
        return View(training, (await AttendeesAsync([id], cancellationToken))[id]);
    }

    /// <summary>
    /// Adds the staff who attended (those already recorded stay, once each): staff of the training's community, and
    /// only once the training's day has come.
    /// </summary>
    public async Task<TrainingView> RecordAttendanceAsync(int id, TrainingAttendanceInput input, CancellationToken cancellationToken)
    {
        var training = await FindAsync(id, cancellationToken);
        var ids = input.StaffIds ?? [];
        if (ids.Count is 0 or > MaxAttendees) throw new FieldValidationException("staffIds", "Validation.Range", 1, MaxAttendees);
        var known = (await db.Set<StaffProfile>().Where(s => ids.Contains(s.Id) && s.CommunityId == training.CommunityId).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = new Dictionary<string, FieldError>();
        for (var n = 0; n < ids.Count; n++)
            if (!known.Contains(ids[n])) errors[$"staffIds[{n}]"] = new("Stations.StaffNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (training.On > ChinaTime.Today(clock)) throw new ConflictException("Stations.TrainingNotHeld");

        var recorded = (await db.Set<TrainingAttendance>().Where(a => a.TrainingId == id).Select(a => a.StaffId).ToListAsync(cancellationToken)).ToHashSet();
        var added = ids.Distinct().Where(s => !recorded.Contains(s)).ToList();
        db.AddRange(added.Select(s => new TrainingAttendance(training, s)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Someone recorded the same person meanwhile: nothing of this request is kept; sending it again adds the rest.
            throw new ConflictException("Stations.AttendanceChanged");
        }
        await audit.RecordAsync("station.attendance", "Training", id.ToString(), $"added={added.Count}", cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    private async Task<Training> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Training>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException();

    private async Task<ILookup<int, Attendee>> AttendeesAsync(IReadOnlyCollection<int> trainingIds, CancellationToken cancellationToken) =>
        (await db.Set<TrainingAttendance>().Where(a => trainingIds.Contains(a.TrainingId)).Join(db.Set<StaffProfile>(), a => a.StaffId, s => s.Id, (a, s) => new { a.TrainingId, s.Id, s.Name })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken)).ToLookup(x => x.TrainingId, x => new Attendee(x.Id, x.Name));

    private static TrainingView View(Training t, IEnumerable<Attendee> attendees) =>
        new(t.Id, t.CommunityId, t.Title, t.On, t.Hours, t.Audience, t.Trainer, t.Content, [.. attendees]);
}
