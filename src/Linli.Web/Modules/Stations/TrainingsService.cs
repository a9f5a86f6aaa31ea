using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Volunteers;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// Trainings of a community's station and who attended them: each attendee's training hours come from here. A training
/// run as an activity takes its attendance from the activity's check-ins; a volunteer training also goes into each
/// volunteer's Order 67 training record (the volunteers module's).
/// </summary>
public sealed class TrainingsService(LinliDb db, ResidentPlacement placement, ActivityDirectory activities, StationTrainingRecords volunteerRecords, AuditLog audit,
    AccessScope scope, TimeProvider clock)
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
        if (input.ActivityId is { } activityId && !await activities.IsInCommunityAsync(activityId, input.CommunityId.Value, cancellationToken))
            throw new FieldValidationException("activityId", "Stations.ActivityNotHere");

        var training = new Training(input.CommunityId.Value, title, input.On!.Value, hours, input.Audience!.Value, (FieldChecks.OrNull(trainer), FieldChecks.OrNull(content)),
            input.ActivityId, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("station.training", "Training", training.Id.ToString(), $"community={training.CommunityId} hours={training.Hours}", cancellationToken);
        return training.Id;
    }

    public async Task<IReadOnlyList<TrainingView>> ListAsync(int? communityId, CancellationToken cancellationToken)
    {
        var trainings = await db.Set<Training>().AsNoTracking().Where(t => communityId == null || t.CommunityId == communityId).OrderByDescending(t => t.On).ThenByDescending(t => t.Id)
            .Take(500).ToListAsync(cancellationToken);
        var ids = trainings.Select(t => t.Id).ToList();
        var attendees = await AttendeesAsync(ids, cancellationToken);
        var volunteers = await volunteerRecords.TrainedAsync(ids, cancellationToken);
        return [.. trainings.Select(t => View(t, attendees[t.Id], volunteers[t.Id]))];
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
        return View(training, (await AttendeesAsync([id], cancellationToken))[id], (await volunteerRecords.TrainedAsync([id], cancellationToken))[id]);
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
        EnsureHeld(training);

        var added = await AttendAsync(training, ids, cancellationToken);
        await audit.RecordAsync("station.attendance", "Training", id.ToString(), $"added={added}", cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    /// <summary>Writes the training into the Order 67 records of the community's volunteers named (once each; those already holding it stay).</summary>
    public async Task<TrainingView> RecordVolunteersAsync(int id, TrainingVolunteersInput input, CancellationToken cancellationToken)
    {
        var training = await FindAsync(id, cancellationToken);
        var ids = input.VolunteerIds ?? [];
        if (ids.Count is 0 or > MaxAttendees) throw new FieldValidationException("volunteerIds", "Validation.Range", 1, MaxAttendees);
        var known = await volunteerRecords.OfCommunityAsync(training.CommunityId, ids, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        for (var n = 0; n < ids.Count; n++)
            if (!known.Contains(ids[n])) errors[$"volunteerIds[{n}]"] = new("Stations.VolunteerNotHere");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        EnsureHeld(training);
        await volunteerRecords.RecordAsync(await FactsAsync(training, cancellationToken), ids, scope.UserName ?? "", cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    /// <summary>
    /// Takes the attendance from the check-ins of the activity the training was run as: residents with a staff profile
    /// attend, and for a volunteer training the community's volunteers get the record. One transaction; sending it again
    /// adds only who checked in since.
    /// </summary>
    public async Task<CheckInsTaken> TakeCheckInsAsync(int id, CancellationToken cancellationToken)
    {
        var training = await FindAsync(id, cancellationToken);
        if (training.ActivityId is not { } activityId) throw new ConflictException("Stations.TrainingWithoutActivity");
        EnsureHeld(training);
        var checkedIn = await activities.CheckedInAtAsync(activityId, cancellationToken);
        var staff = await db.Set<StaffProfile>().Where(s => s.CommunityId == training.CommunityId && s.ResidentId != null && checkedIn.Contains(s.ResidentId.Value))
            .Select(s => new { s.Id, ResidentId = s.ResidentId!.Value }).ToListAsync(cancellationToken);
        var volunteers = training.Audience == TrainingAudience.Volunteers
            ? await volunteerRecords.OfResidentsAsync(training.CommunityId, checkedIn, cancellationToken) : new Dictionary<int, int>();
        var matched = staff.Select(s => s.ResidentId).Union(volunteers.Keys).ToHashSet();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staffAdded = await AttendAsync(training, [.. staff.Select(s => s.Id)], cancellationToken);
        var volunteersAdded = volunteers.Count == 0 ? 0
            : await volunteerRecords.RecordAsync(await FactsAsync(training, cancellationToken), [.. volunteers.Values], scope.UserName ?? "", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("station.attendance", "Training", id.ToString(), $"check-ins={checkedIn.Count} staff={staffAdded} volunteers={volunteersAdded}", cancellationToken);
        return new CheckInsTaken(staffAdded, volunteersAdded, checkedIn.Count(r => !matched.Contains(r)), await ReadAsync(id, cancellationToken));
    }

    private void EnsureHeld(Training training)
    {
        if (training.On > ChinaTime.Today(clock)) throw new ConflictException("Stations.TrainingNotHeld");
    }

    /// <summary>Adds the staff not yet recorded and returns how many; someone recording the same person meanwhile keeps nothing of this request (409).</summary>
    private async Task<int> AttendAsync(Training training, IReadOnlyCollection<int> staffIds, CancellationToken cancellationToken)
    {
        var recorded = (await db.Set<TrainingAttendance>().Where(a => a.TrainingId == training.Id).Select(a => a.StaffId).ToListAsync(cancellationToken)).ToHashSet();
        var added = staffIds.Distinct().Where(s => !recorded.Contains(s)).ToList();
        if (added.Count == 0) return 0;
        db.AddRange(added.Select(s => new TrainingAttendance(training, s)));
        await db.SaveOrConflictAsync("Stations.AttendanceChanged", cancellationToken);
        return added.Count;
    }

    /// <summary>The training as the volunteers' record states it, organized by the community's station when it has one.</summary>
    private async Task<StationTrainingFacts> FactsAsync(Training training, CancellationToken cancellationToken) =>
        new(training.Id, training.CommunityId, training.Title, training.Content, training.Hours,
            await db.Set<Station>().Where(s => s.CommunityId == training.CommunityId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken), training.On);

    private async Task<Training> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Training>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException();

    private async Task<ILookup<int, Attendee>> AttendeesAsync(IReadOnlyCollection<int> trainingIds, CancellationToken cancellationToken) =>
        (await db.Set<TrainingAttendance>().Where(a => trainingIds.Contains(a.TrainingId)).Join(db.Set<StaffProfile>(), a => a.StaffId, s => s.Id, (a, s) => new { a.TrainingId, s.Id, s.Name })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken)).ToLookup(x => x.TrainingId, x => new Attendee(x.Id, x.Name));

    private static TrainingView View(Training t, IEnumerable<Attendee> attendees, IEnumerable<TrainedVolunteer> volunteers) =>
        new(t.Id, t.CommunityId, t.Title, t.On, t.Hours, t.Audience, t.Trainer, t.Content, [.. attendees], t.ActivityId, [.. volunteers]);
}
