using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Care.Health;

/// <summary>
/// Community health monitoring: a record opened with separate consent, a baseline, measurements with flags from the
/// settings' thresholds, the doctor's advice, the follow-up list. Every read of a record is an access record.
/// </summary>
public sealed class HealthService(LinliDb db, ResidentDirectory residents, AccessRecorder access, AuditLog audit, AccessScope scope, IOptions<CareOptions> options,
    TimeProvider clock)
{
    public const string SubjectType = "HealthRecord";
    public const int MeasurementsShown = 200;
    public const int FollowUpsShown = 500;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Records the resident's (or a guardian's) separate consent, opening the record the first time; each consent is kept in the history.</summary>
    public async Task<HealthConsentCreated> ConsentAsync(int residentId, HealthConsentRequest input, CancellationToken cancellationToken)
    {
        var resident = await ResidentAsync(residentId, cancellationToken);
        if (input.By is not { } by || !Enum.IsDefined(by)) throw new FieldValidationException("by", "Validation.Required");
        if (!CareRules.MayConsent(by, resident.AgeOn(ChinaTime.Today(clock)))) throw new FieldValidationException("by", "Care.GuardianConsent");
        var record = await db.Set<HealthRecord>().FirstOrDefaultAsync(r => r.ResidentId == residentId, cancellationToken);
        if (record is null)
        {
            record = new HealthRecord(resident.CommunityId, residentId, by, Now);
            db.Add(record);
        }
        else record.Consent(by, Now);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new HealthConsent(record, by, given: true, Now, scope.UserName ?? ""));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.health-consent", SubjectType, residentId.ToString(), $"by={by}", cancellationToken);
        return new HealthConsentCreated(record.Id, residentId);
    }

    /// <summary>The consent withdrawn: nothing new is recorded; what was recorded stays under the retention rules.</summary>
    public async Task WithdrawAsync(int residentId, CancellationToken cancellationToken)
    {
        var record = await db.Set<HealthRecord>().FirstOrDefaultAsync(r => r.ResidentId == residentId, cancellationToken) ?? throw new NotFoundException();
        if (!record.Consented) throw new ConflictException("Care.NoHealthConsent");
        record.Withdraw(Now);
        db.Add(new HealthConsent(record, null, given: false, Now, scope.UserName ?? ""));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.health-withdrawn", SubjectType, residentId.ToString(), "consent withdrawn", cancellationToken);
    }

    public async Task BaselineAsync(int residentId, HealthBaseline input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var values = new[] { (input.PastHistory, "pastHistory"), (input.ChronicConditions, "chronicConditions"), (input.Medications, "medications"), (input.Allergies, "allergies") }
            .Select(f => errors.Text(f.Item1, f.Item2, HealthRecord.MaxText, required: false)).Select(t => t.Length == 0 ? null : t).ToArray();
        var record = await ConsentedAsync(residentId, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        record.RecordBaseline(values[0], values[1], values[2], values[3]);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.health-baseline", SubjectType, residentId.ToString(), $"chronic={record.Chronic}", cancellationToken);
    }

    /// <summary>A measurement with its flags; the record then waits for a follow-up if any flag was raised. Refused without consent.</summary>
    public async Task<MeasurementCreated> MeasureAsync(int residentId, NewMeasurement input, CancellationToken cancellationToken, int? clinicSessionId = null)
    {
        var errors = new Dictionary<string, FieldError>();
        var values = input.Values;
        values.Check(errors);
        var self = input.SelfMeasured ?? false;
        var by = errors.Text(input.MeasuredBy, "measuredBy", Measurement.MaxName, required: !self);
        var device = errors.Text(input.Device, "device", Measurement.MaxName, required: false);
        var takenAt = ChinaTime.FromInput(input.MeasuredAt) ?? Now;
        if (takenAt > Now.AddMinutes(5)) errors["measuredAt"] = new("Care.DateFuture");
        var record = await ConsentedAsync(residentId, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var flags = HealthFlags.Of(values, options.Value.Health);
        var measurement = new Measurement(record, takenAt, values, flags, (by.Length == 0 ? null : by, self, device.Length == 0 ? null : device), scope.UserName ?? "", Now);
        if (clinicSessionId is { } session) measurement.AtClinic(session);
        db.Add(measurement);
        record.Measured(takenAt, flags);
        await db.SaveChangesAsync(cancellationToken);
        // Flags name a condition: the audit says only that one was raised.
        await audit.RecordAsync("care.health-measured", SubjectType, residentId.ToString(), $"measurement={measurement.Id} flagged={measurement.Flagged}", cancellationToken);
        return new MeasurementCreated(measurement.Id, flags);
    }

    /// <summary>The doctor's advice or a follow-up; a follow-up answers the flags waiting on the record.</summary>
    public async Task<int> NoteAsync(int residentId, NewHealthNote input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var by = errors.Text(input.By, "by", Measurement.MaxName);
        var text = errors.Text(input.Text, "text", HealthRecord.MaxText);
        var on = input.On ?? ChinaTime.Today(clock);
        if (on > ChinaTime.Today(clock)) errors["on"] = new("Care.DateFuture");
        var record = await ConsentedAsync(residentId, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var note = new HealthNote(record, input.Kind!.Value, on, by, text, scope.UserName ?? "");
        db.Add(note);
        if (note.Kind == HealthNoteKind.FollowUp) record.FollowedUp();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.health-note", SubjectType, residentId.ToString(), $"note={note.Id} kind={note.Kind}", cancellationToken);
        return note.Id;
    }

    /// <summary>The whole record; the read is an access record.</summary>
    public async Task<HealthView> ReadAsync(int residentId, CancellationToken cancellationToken)
    {
        var record = await db.Set<HealthRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ResidentId == residentId, cancellationToken) ?? throw new NotFoundException();
        var name = (await residents.NamesAsync([residentId], cancellationToken)).GetValueOrDefault(residentId, "");
        await access.RecordAsync("privacy.sensitive-read", SubjectType, residentId.ToString(), "health record", "care", cancellationToken);
        var measurements = await db.Set<Measurement>().AsNoTracking().Where(m => m.RecordId == record.Id).OrderByDescending(m => m.TakenAt).ThenByDescending(m => m.Id)
            .Take(MeasurementsShown).ToListAsync(cancellationToken);
        var notes = await db.Set<HealthNote>().AsNoTracking().Where(n => n.RecordId == record.Id).OrderByDescending(n => n.On).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);
        var consents = await db.Set<HealthConsent>().AsNoTracking().Where(c => c.RecordId == record.Id).OrderBy(c => c.Id)
            .Select(c => new { c.By, c.Given, c.At, c.RecordedBy }).ToListAsync(cancellationToken);
        return new HealthView(record.Id, residentId, name, record.Consented, record.ConsentBy, ChinaTime.ToOffset(record.ConsentAt),
            [.. consents.Select(c => new ConsentView(c.By, c.Given, ChinaTime.ToOffset(c.At), c.RecordedBy))],
            new HealthBaseline(record.PastHistory, record.ChronicConditions, record.Medications, record.Allergies),
            [.. measurements.Select(View)], [.. notes.Select(n => new HealthNoteView(n.Id, n.Kind, n.On, n.By, n.Text))], ChinaTime.ToOffset(record.FollowUpSince), record.FollowUpUrgent);
    }

    /// <summary>
    /// Who is due a follow-up in a community: urgent flags first, then raised ones, then residents with a chronic
    /// condition not measured within the follow-up period (never measured counts). Found from the record's clear
    /// columns alone; listing names with a health reason is recorded as a sensitive list.
    /// </summary>
    public async Task<IReadOnlyList<FollowUpLine>> FollowUpsAsync(int communityId, CancellationToken cancellationToken)
    {
        var stale = Now.AddDays(-options.Value.Health.FollowUpDays);
        var rows = await db.Set<HealthRecord>().AsNoTracking()
            .Where(r => r.CommunityId == communityId && r.WithdrawnAt == null && (r.FollowUpSince != null || (r.Chronic && (r.LastMeasuredAt == null || r.LastMeasuredAt < stale))))
            .OrderByDescending(r => r.FollowUpUrgent).ThenBy(r => r.FollowUpSince == null).ThenBy(r => r.FollowUpSince).ThenBy(r => r.LastMeasuredAt).ThenBy(r => r.Id)
            .Take(FollowUpsShown)
            .Select(r => new { r.ResidentId, r.FollowUpSince, r.FollowUpUrgent, r.LastMeasuredAt })
            .ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.Select(r => r.ResidentId), cancellationToken);
        await audit.RecordAsync("privacy.sensitive-list", SubjectType, communityId.ToString(), $"{rows.Count} residents due a follow-up", cancellationToken);
        return [.. rows.Select(r => new FollowUpLine(r.ResidentId, names.GetValueOrDefault(r.ResidentId, ""),
            r.FollowUpSince is null ? FollowUpReason.ChronicNotMeasured : r.FollowUpUrgent ? FollowUpReason.Urgent : FollowUpReason.Raised, ChinaTime.ToOffset(r.FollowUpSince),
            ChinaTime.ToOffset(r.LastMeasuredAt)))];
    }

    /// <summary>Of these residents, those whose record's consent stands (a clinic's list shows who can be measured).</summary>
    public async Task<IReadOnlySet<int>> ConsentedAsync(IReadOnlyCollection<int> residentIds, CancellationToken cancellationToken) =>
        (await db.Set<HealthRecord>().AsNoTracking().Where(r => residentIds.Contains(r.ResidentId) && r.WithdrawnAt == null).Select(r => r.ResidentId)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The readings taken at a clinic session, by resident; showing them is recorded as a sensitive list.</summary>
    public async Task<ILookup<int, MeasurementView>> AtSessionAsync(int clinicSessionId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Measurement>().AsNoTracking().Where(m => m.ClinicSessionId == clinicSessionId).OrderBy(m => m.TakenAt).ToListAsync(cancellationToken);
        if (rows.Count > 0) await audit.RecordAsync("privacy.sensitive-list", "ClinicSession", clinicSessionId.ToString(), $"{rows.Count} readings", cancellationToken);
        return rows.ToLookup(m => m.ResidentId, View);
    }

    /// <summary>How many readings each session took, for the clinics' list (counts only).</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountsAtSessionsAsync(IReadOnlyCollection<int> sessionIds, CancellationToken cancellationToken) =>
        await db.Set<Measurement>().AsNoTracking().Where(m => m.ClinicSessionId != null && sessionIds.Contains(m.ClinicSessionId.Value))
            .GroupBy(m => m.ClinicSessionId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<(int Urgent, int Due)> FollowUpCountsAsync(int communityId, CancellationToken cancellationToken)
    {
        var stale = Now.AddDays(-options.Value.Health.FollowUpDays);
        var due = db.Set<HealthRecord>().AsNoTracking().Where(r => r.CommunityId == communityId && r.WithdrawnAt == null
            && (r.FollowUpSince != null || (r.Chronic && (r.LastMeasuredAt == null || r.LastMeasuredAt < stale))));
        return (await due.CountAsync(r => r.FollowUpUrgent, cancellationToken), await due.CountAsync(cancellationToken));
    }

    private static MeasurementView View(Measurement m)
    {
        var v = MeasurementValues.Open(m.Values);
        return new MeasurementView(m.Id, ChinaTime.ToOffset(m.TakenAt), v.Systolic, v.Diastolic, v.Pulse, v.FastingGlucose, v.Glucose, v.UricAcid, v.Cholesterol, v.HeightCm, v.WeightKg, v.Bmi,
            v.Temperature, v.VisionLeft, v.VisionRight, m.MeasuredBy, m.SelfMeasured, m.Device, m.FlagList);
    }

    /// <summary>A living resident of the caller's communities (another community's is unknown: 404).</summary>
    private async Task<ResidentBasics> ResidentAsync(int residentId, CancellationToken cancellationToken) =>
        await residents.FindAsync(residentId, cancellationToken) is { Living: true } resident ? resident : throw new NotFoundException();

    /// <summary>The record, when it exists and its consent stands: without consent nothing is recorded (409).</summary>
    private async Task<HealthRecord> ConsentedAsync(int residentId, CancellationToken cancellationToken)
    {
        await ResidentAsync(residentId, cancellationToken);
        var record = await db.Set<HealthRecord>().FirstOrDefaultAsync(r => r.ResidentId == residentId, cancellationToken);
        return record is { Consented: true } ? record : throw new ConflictException("Care.NoHealthConsent");
    }
}
