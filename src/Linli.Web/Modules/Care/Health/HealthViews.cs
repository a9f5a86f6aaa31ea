namespace Linli.Web.Modules.Care.Health;

public sealed record HealthConsentRequest(ConsentGiver? By);

public sealed record HealthConsentCreated(int Id, int ResidentId);

public sealed record HealthBaseline(string? PastHistory, string? ChronicConditions, string? Medications, string? Allergies);

/// <summary>
/// A measurement as entered at a clinic, the health hut or a home visit. <c>measuredBy</c> names who took it (a
/// volunteer, a doctor) unless the resident measured themselves at the hut; <c>measuredAt</c> defaults to now.
/// </summary>
public sealed record NewMeasurement(int? Systolic, int? Diastolic, int? Pulse, decimal? FastingGlucose, string? MeasuredBy, decimal? Glucose = null, int? UricAcid = null,
    decimal? Cholesterol = null, decimal? HeightCm = null, decimal? WeightKg = null, decimal? Temperature = null, decimal? VisionLeft = null, decimal? VisionRight = null,
    bool? SelfMeasured = null, DateTime? MeasuredAt = null, string? Device = null)
{
    public MeasurementValues Values => new(Systolic, Diastolic, Pulse, FastingGlucose, Glucose, UricAcid, Cholesterol, HeightCm, WeightKg, Temperature, VisionLeft, VisionRight);
}

public sealed record MeasurementCreated(int Id, IReadOnlyList<HealthFlag> Flags);

public sealed record NewHealthNote(HealthNoteKind? Kind, string? By, string? Text, DateOnly? On = null);

public sealed record MeasurementView(int Id, DateTimeOffset MeasuredAt, int? Systolic, int? Diastolic, int? Pulse, decimal? FastingGlucose, decimal? Glucose, int? UricAcid,
    decimal? Cholesterol, decimal? HeightCm, decimal? WeightKg, decimal? Bmi, decimal? Temperature, decimal? VisionLeft, decimal? VisionRight, string? MeasuredBy,
    bool SelfMeasured, string? Device, IReadOnlyList<HealthFlag> Flags);

public sealed record HealthNoteView(int Id, HealthNoteKind Kind, DateOnly On, string By, string Text);

public sealed record ConsentView(ConsentGiver? By, bool Given, DateTimeOffset At, string RecordedBy);

/// <summary>A resident's health record: consent and its history, baseline, measurements newest first, advice and follow-ups, and whether a follow-up waits.</summary>
public sealed record HealthView(int Id, int ResidentId, string Resident, bool Consented, ConsentGiver ConsentBy, DateTimeOffset ConsentAt, IReadOnlyList<ConsentView> Consents,
    HealthBaseline Baseline, IReadOnlyList<MeasurementView> Measurements, IReadOnlyList<HealthNoteView> Notes, DateTimeOffset? FollowUpSince, bool FollowUpUrgent);

public enum FollowUpReason
{
    Urgent = 1,
    Raised = 2,
    ChronicNotMeasured = 3,
}

/// <summary>A resident due a follow-up: flagged (urgent first), or with a chronic condition and not measured within the follow-up period.</summary>
public sealed record FollowUpLine(int ResidentId, string Resident, FollowUpReason Reason, DateTimeOffset? Since, DateTimeOffset? LastMeasuredAt);
