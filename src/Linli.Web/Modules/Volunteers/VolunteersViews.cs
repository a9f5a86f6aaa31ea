namespace Linli.Web.Modules.Volunteers;

public sealed record RegisterVolunteerRequest(int? ResidentId, IReadOnlyList<string>? Skills, bool? Consent, IReadOnlyList<string>? ServiceCategories);

public sealed record ServiceRecordRequest(string? ActivityName, DateOnly? Date, string? Place, string? Content, decimal? Hours, string? Organizer, string? PersonInCharge);

/// <summary><c>coIssuer</c>: the executing organization that issues it jointly with the community (both named, both sealed when a seal is asked for).</summary>
public sealed record CertificateRequest(DateOnly? From, DateOnly? To, bool? Sealed, string? CoIssuer = null);

public sealed record VolunteerView(int Id, string VolunteerNumber, int ResidentId, string Name, IReadOnlyList<string> Skills, IReadOnlyList<string> ServiceCategories,
    DateTimeOffset RegisteredAt, decimal TotalHours, int Services, int Stars = 0);

public sealed record ServiceRecordView(int Id, int VolunteerId, string ActivityName, DateOnly Date, string Place, string Content, decimal Hours, string Organizer,
    string PersonInCharge, bool Late, DateTimeOffset RecordedAt);

public sealed record CertificateView(string Number, string VerifyUrl, decimal Hours, int Services, string Content, string RecordingUnit, DateOnly? From, DateOnly? To,
    bool Sealed, DateTimeOffset IssuedAt, string? CoIssuer = null);

/// <summary>What anyone holding the certificate's number learns: that it is genuine and what it states. The name is masked.</summary>
public sealed record CertificateCheck(bool Valid, string Number, string Volunteer, decimal Hours, int Services, string Content, string RecordingUnit, DateOnly? From,
    DateOnly? To, DateOnly IssuedOn, string? CoIssuer = null);

public sealed record HoursProposal(int ActivityId, string ActivityTitle, DateOnly Date, int VolunteerId, string VolunteerNumber, int ResidentId, string Name, decimal ProposedHours);

public sealed record ConfirmHoursRequest(int? VolunteerId, decimal? Hours, string? Content);

public sealed record TrainingRequest(string? Name, string? Content, decimal? Hours, string? Organizer, DateOnly? Date);

public sealed record AwardRequest(string? Name, DateOnly? Date, string? AwardingUnit);

public sealed record EvaluationRequest(QualityRating? Rating, DateOnly? Date, string? Comment);

public sealed record ServiceCorrectionRequest(int? ServiceRecordId, string? Request);

public sealed record ResolveServiceCorrection(CorrectionState? State, string? Response);

public sealed record VolunteerLine(int Id, string VolunteerNumber, int ResidentId, string Name, decimal TotalHours, int Services, int Stars);

public sealed record TrainingView(int Id, string Name, string Content, decimal Hours, string Organizer, DateOnly Date)
{
    public static TrainingView Of(TrainingRecord t) => new(t.Id, t.Name, t.Content, t.Hours, t.Organizer, t.Date);
}

public sealed record AwardView(int Id, string Name, DateOnly Date, string AwardingUnit)
{
    public static AwardView Of(AwardRecord a) => new(a.Id, a.Name, a.Date, a.AwardingUnit);
}

public sealed record EvaluationView(int Id, QualityRating Rating, DateOnly Date, string Comment, string EvaluatedBy)
{
    public static EvaluationView Of(Evaluation e) => new(e.Id, e.Rating, e.Date, e.Comment, e.EvaluatedBy);
}

public sealed record ServiceCorrectionView(int Id, int VolunteerId, string VolunteerName, int? ServiceRecordId, string Request, CorrectionState State, string? Response,
    DateTimeOffset CreatedAt);

/// <summary>Everything the record holds about one volunteer: what staff see on the volunteer's page and the volunteer sees in the portal.</summary>
public sealed record VolunteerProfile(VolunteerView Volunteer, int Stars, decimal? HoursToNextStar, IReadOnlyList<ServiceRecordView> Services,
    IReadOnlyList<TrainingView> Trainings, IReadOnlyList<AwardView> Awards, IReadOnlyList<EvaluationView> Evaluations, IReadOnlyList<ServiceCorrectionView> Corrections,
    IReadOnlyList<CertificateView> Certificates);

/// <summary>A line of a recognition list (表彰名单): hours served in the period.</summary>
public sealed record RecognitionLine(int Rank, int VolunteerId, string VolunteerNumber, string Name, decimal Hours, int Services, int Stars);
