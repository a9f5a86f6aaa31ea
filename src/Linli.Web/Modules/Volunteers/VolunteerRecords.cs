using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers;

/// <summary>A training the volunteer took (Order 67 Art. 8): name, content, hours, organizer, date.</summary>
public sealed class TrainingRecord : ICommunityOwned
{
    public int Id { get; private set; }
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string Content { get; private set; } = "";
    public decimal Hours { get; private set; }
    public string Organizer { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>The social-work station's training this record came from: once per volunteer (a unique key).</summary>
    public int? StationTrainingId { get; private set; }

    private TrainingRecord() { }

    public TrainingRecord(Volunteer volunteer, string name, string content, decimal hours, string organizer, DateOnly date, string recordedBy, int? stationTrainingId = null)
    {
        StationTrainingId = stationTrainingId;
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
        Name = name;
        Content = content;
        Hours = hours;
        Organizer = organizer;
        Date = date;
        RecordedBy = recordedBy;
    }
}

/// <summary>An honour the volunteer received (Art. 9): its name, date and awarding unit.</summary>
public sealed class AwardRecord : ICommunityOwned
{
    public int Id { get; private set; }
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public string AwardingUnit { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";

    private AwardRecord() { }

    public AwardRecord(Volunteer volunteer, string name, DateOnly date, string awardingUnit, string recordedBy)
    {
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
        Name = name;
        Date = date;
        AwardingUnit = awardingUnit;
        RecordedBy = recordedBy;
    }
}

public enum QualityRating
{
    Excellent = 1,
    Good = 2,
    Fair = 3,
    Poor = 4,
}

/// <summary>An evaluation of the volunteer's service (Art. 10): the quality rating and its date.</summary>
public sealed class Evaluation : ICommunityOwned
{
    public int Id { get; private set; }
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    public QualityRating Rating { get; private set; }
    public DateOnly Date { get; private set; }
    public string Comment { get; private set; } = "";
    public string EvaluatedBy { get; private set; } = "";

    private Evaluation() { }

    public Evaluation(Volunteer volunteer, QualityRating rating, DateOnly date, string comment, string evaluatedBy)
    {
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
        Rating = rating;
        Date = date;
        Comment = comment;
        EvaluatedBy = evaluatedBy;
    }
}

public enum CorrectionState
{
    Open = 1,
    Corrected = 2,
    Declined = 3,
}

/// <summary>A volunteer's request to correct their record (Arts. 12–13), answered by staff.</summary>
public sealed class ServiceCorrection : ICommunityOwned
{
    public int Id { get; private set; }
    public int VolunteerId { get; private set; }
    public int CommunityId { get; private set; }
    public int? ServiceRecordId { get; private set; }
    public string Request { get; private set; } = "";
    public CorrectionState State { get; private set; }
    public string? Response { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ResolvedAt { get; private set; }

    private ServiceCorrection() { }

    public ServiceCorrection(Volunteer volunteer, int? serviceRecordId, string request, DateTime now)
    {
        VolunteerId = volunteer.Id;
        CommunityId = volunteer.CommunityId;
        ServiceRecordId = serviceRecordId;
        Request = request;
        State = CorrectionState.Open;
        CreatedAt = now;
    }

    public void Resolve(CorrectionState state, string? response, string by, DateTime now)
    {
        State = state;
        Response = response;
        ResolvedBy = by;
        ResolvedAt = now;
    }
}
