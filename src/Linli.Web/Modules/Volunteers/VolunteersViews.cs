namespace Linli.Web.Modules.Volunteers;

public sealed record RegisterVolunteerRequest(int? ResidentId, IReadOnlyList<string>? Skills, bool? Consent, IReadOnlyList<string>? ServiceCategories);

public sealed record ServiceRecordRequest(string? ActivityName, DateOnly? Date, string? Place, string? Content, decimal? Hours, string? Organizer, string? PersonInCharge);

public sealed record CertificateRequest(DateOnly? From, DateOnly? To, bool? Sealed);

public sealed record VolunteerView(int Id, string VolunteerNumber, int ResidentId, string Name, IReadOnlyList<string> Skills, IReadOnlyList<string> ServiceCategories,
    DateTimeOffset RegisteredAt, decimal TotalHours, int Services);

public sealed record ServiceRecordView(int Id, int VolunteerId, string ActivityName, DateOnly Date, string Place, string Content, decimal Hours, string Organizer,
    string PersonInCharge, bool Late, DateTimeOffset RecordedAt);

public sealed record CertificateView(string Number, string VerifyUrl, decimal Hours, int Services, string Content, string RecordingUnit, DateOnly? From, DateOnly? To,
    bool Sealed, DateTimeOffset IssuedAt);

/// <summary>What anyone holding the certificate's number learns: that it is genuine and what it states. The name is masked.</summary>
public sealed record CertificateCheck(bool Valid, string Number, string Volunteer, decimal Hours, int Services, string Content, string RecordingUnit, DateOnly? From,
    DateOnly? To, DateOnly IssuedOn);
