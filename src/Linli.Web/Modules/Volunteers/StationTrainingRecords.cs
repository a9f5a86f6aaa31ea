using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>A social-work station's training as a volunteer's Order 67 training record (Art. 8) states it.</summary>
/// <remarks>The organizer is the station; without one, the community's recording unit.</remarks>
public sealed record StationTrainingFacts(int TrainingId, int CommunityId, string Title, string? Content, decimal Hours, string? Organizer, DateOnly On);

public sealed record TrainedVolunteer(int VolunteerId, string Number, string Name);

/// <summary>
/// The volunteer trainings a social-work station runs, written into each volunteer's training record once per
/// volunteer and training (a unique key): the station module keeps the training, this module the Order 67 record.
/// </summary>
public sealed class StationTrainingRecords(LinliDb db, ResidentDirectory residents, VolunteersService volunteersService, AuditLog audit)
{
    /// <summary>Those of <paramref name="volunteerIds"/> who are the community's volunteers.</summary>
    public async Task<IReadOnlySet<int>> OfCommunityAsync(int communityId, IReadOnlyCollection<int> volunteerIds, CancellationToken cancellationToken) =>
        (await db.Set<Volunteer>().Where(v => v.CommunityId == communityId && volunteerIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The community's volunteers among the residents (checked in at the training's activity), by resident.</summary>
    public async Task<IReadOnlyDictionary<int, int>> OfResidentsAsync(int communityId, IReadOnlyCollection<int> residentIds, CancellationToken cancellationToken) =>
        await db.Set<Volunteer>().Where(v => v.CommunityId == communityId && residentIds.Contains(v.ResidentId)).ToDictionaryAsync(v => v.ResidentId, v => v.Id, cancellationToken);

    /// <summary>
    /// Writes the training into the records of the volunteers who have none of it yet and returns how many were added;
    /// the caller's transaction keeps them with its own attendance. Two clerks at once: the unique key answers 409.
    /// </summary>
    public async Task<int> RecordAsync(StationTrainingFacts training, IReadOnlyCollection<int> volunteerIds, string recordedBy, CancellationToken cancellationToken)
    {
        var volunteers = await db.Set<Volunteer>().AsNoTracking().Where(v => v.CommunityId == training.CommunityId && volunteerIds.Contains(v.Id)
            && !db.Set<TrainingRecord>().Any(t => t.StationTrainingId == training.TrainingId && t.VolunteerId == v.Id)).ToListAsync(cancellationToken);
        if (volunteers.Count == 0) return 0;
        var organizer = training.Organizer ?? await volunteersService.RecordingUnitAsync(training.CommunityId, cancellationToken);
        db.AddRange(volunteers.Select(v => new TrainingRecord(v, FieldChecks.Clip(training.Title, 100), FieldChecks.Clip(training.Content ?? training.Title, 500), training.Hours,
            FieldChecks.Clip(organizer, 100), training.On, recordedBy, training.TrainingId)));
        await db.SaveOrConflictAsync("Volunteer.StationTrainingChanged", cancellationToken);
        await audit.RecordAsync("volunteer.station-training", "StationTraining", training.TrainingId.ToString(), $"added={volunteers.Count}", cancellationToken);
        return volunteers.Count;
    }

    /// <summary>The volunteers whose record holds each training, by name.</summary>
    public async Task<ILookup<int, TrainedVolunteer>> TrainedAsync(IReadOnlyCollection<int> trainingIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TrainingRecord>().Where(t => t.StationTrainingId != null && trainingIds.Contains(t.StationTrainingId.Value))
            .Join(db.Set<Volunteer>(), t => t.VolunteerId, v => v.Id, (t, v) => new { TrainingId = t.StationTrainingId!.Value, v.Id, v.Number, v.ResidentId })
            .ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.Select(r => r.ResidentId), cancellationToken);
        return rows.Select(r => (r.TrainingId, Volunteer: new TrainedVolunteer(r.Id, r.Number, names.GetValueOrDefault(r.ResidentId, ""))))
            .OrderBy(r => r.Volunteer.Name, StringComparer.Ordinal).ToLookup(r => r.TrainingId, r => r.Volunteer);
    }

}
