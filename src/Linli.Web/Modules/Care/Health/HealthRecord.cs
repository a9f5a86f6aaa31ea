using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Health;

public enum HealthNoteKind
{
    /// <summary>The doctor's advice at a clinic, as free text (Linli is not a medical record: no diagnosis coding).</summary>
    Advice = 1,

    /// <summary>A worker's follow-up of a flag: the call or visit that answered it.</summary>
    FollowUp = 2,
}

/// <summary>
/// A resident's community health record (健康档案), opened only with their separate consent (a guardian's under 14).
/// The history and every value are sealed; two facts stay in the clear so the follow-up list can be found without
/// opening anyone's file: whether a chronic condition is recorded, and since when a flagged measurement waits for
/// its follow-up (and whether one was urgent).
/// </summary>
public sealed class HealthRecord : ICommunityOwned
{
    public const int MaxText = 2000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public ConsentGiver ConsentBy { get; private set; }
    public DateTime ConsentAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }

    [Sensitive] public string? PastHistory { get; private set; }
    [Sensitive] public string? ChronicConditions { get; private set; }
    [Sensitive] public string? Medications { get; private set; }
    [Sensitive] public string? Allergies { get; private set; }
    public bool Chronic { get; private set; }

    public DateTime? LastMeasuredAt { get; private set; }
    public DateTime? FollowUpSince { get; private set; }
    public bool FollowUpUrgent { get; private set; }

    private HealthRecord() { }

    public HealthRecord(int communityId, int residentId, ConsentGiver by, DateTime at)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        OpenedAt = at;
        ConsentBy = by;
        ConsentAt = at;
    }

    public bool Consented => WithdrawnAt is null;

    public void Consent(ConsentGiver by, DateTime at) => (ConsentBy, ConsentAt, WithdrawnAt) = (by, at, null);

    public void Withdraw(DateTime at) => WithdrawnAt = at;

    public void RecordBaseline(string? pastHistory, string? chronicConditions, string? medications, string? allergies) =>
        (PastHistory, ChronicConditions, Medications, Allergies, Chronic) = (pastHistory, chronicConditions, medications, allergies, chronicConditions is not null);

    public void Measured(DateTime takenAt, IReadOnlyCollection<HealthFlag> flags)
    {
        if (LastMeasuredAt is null || takenAt > LastMeasuredAt) LastMeasuredAt = takenAt;
        if (flags.Count == 0) return;
        FollowUpSince = FollowUpSince is { } since && since < takenAt ? since : takenAt;
        FollowUpUrgent |= flags.Any(HealthFlags.IsUrgent);
    }

    public void FollowedUp() => (FollowUpSince, FollowUpUrgent) = (null, false);
}

/// <summary>Each consent given or withdrawn, kept: the record's consent history.</summary>
public sealed class HealthConsent : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int RecordId { get; private set; }
    public ConsentGiver? By { get; private set; }
    public bool Given { get; private set; }
    public DateTime At { get; private set; }
    public string RecordedBy { get; private set; } = "";

    private HealthConsent() { }

    public HealthConsent(HealthRecord record, ConsentGiver? by, bool given, DateTime at, string recordedBy)
    {
        CommunityId = record.CommunityId;
        RecordId = record.Id;
        By = by;
        Given = given;
        At = at;
        RecordedBy = recordedBy;
    }
}

/// <summary>
/// One measurement: the values (sealed together as one payload), who measured — a named person, or the resident
/// at the health hut — and the flags it raised. Only whether it raised a flag is in the clear.
/// </summary>
public sealed class Measurement : ICommunityOwned
{
    public const int MaxName = 50;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int RecordId { get; private set; }
    public int ResidentId { get; private set; }
    public DateTime TakenAt { get; private set; }
    [Sensitive] public string Values { get; private set; } = "";
    [Sensitive] public string Flags { get; private set; } = "";
    public bool Flagged { get; private set; }
    public string? MeasuredBy { get; private set; }
    public bool SelfMeasured { get; private set; }
    public string? Device { get; private set; }

    /// <summary>The free-clinic session it was taken at, if any.</summary>
    public int? ClinicSessionId { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private Measurement() { }

    public Measurement(HealthRecord record, DateTime takenAt, MeasurementValues values, IReadOnlyCollection<HealthFlag> flags, (string? By, bool Self, string? Device) taker,
        string recordedBy, DateTime recordedAt)
    {
        CommunityId = record.CommunityId;
        RecordId = record.Id;
        ResidentId = record.ResidentId;
        TakenAt = takenAt;
        Values = values.Seal();
        Flags = string.Join(',', flags);
        Flagged = flags.Count > 0;
        (MeasuredBy, SelfMeasured, Device) = taker;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public void AtClinic(int clinicSessionId) => ClinicSessionId = clinicSessionId;

    public IReadOnlyList<HealthFlag> FlagList => [.. Flags.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<HealthFlag>)];
}

/// <summary>The doctor's advice, or a worker's follow-up of a flag; the text is sealed.</summary>
public sealed class HealthNote : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int RecordId { get; private set; }
    public HealthNoteKind Kind { get; private set; }
    public DateOnly On { get; private set; }

    /// <summary>The doctor (and their clinic or hospital), or the worker who followed up.</summary>
    public string By { get; private set; } = "";
    [Sensitive] public string Text { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";

    private HealthNote() { }

    public HealthNote(HealthRecord record, HealthNoteKind kind, DateOnly on, string by, string text, string recordedBy)
    {
        CommunityId = record.CommunityId;
        RecordId = record.Id;
        Kind = kind;
        On = on;
        By = by;
        Text = text;
        RecordedBy = recordedBy;
    }
}
