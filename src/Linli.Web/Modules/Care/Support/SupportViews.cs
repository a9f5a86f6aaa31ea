namespace Linli.Web.Modules.Care.Support;

public sealed record NewHomeService(int? ResidentId, HomeServiceKind? Kind, string? Provider, DateOnly? On = null, string? Donor = null, int? Quantity = null, string? Note = null);

public sealed record HomeServiceLine(int Id, int ResidentId, string Resident, HomeServiceKind Kind, DateOnly On, string Provider, string? Donor, int Quantity);

public sealed record NewPairing(int? ElderId, PairingPartner? PartnerKind, string? PartnerName, PairingPurpose? Purpose, int? CadenceDays, DateOnly? StartedOn = null);

public sealed record PairingContact(DateOnly? On, string? Note);

public sealed record PairingLine(int Id, int ElderId, string Elder, PairingPartner PartnerKind, string PartnerName, PairingPurpose Purpose, int CadenceDays, DateOnly StartedOn,
    DateOnly? LastContactOn, DateOnly DueOn, bool Due);

public sealed record NewClub(int? CommunityId, string? Name, string? Condition);

public sealed record ClubMembership(int? ResidentId);

public sealed record NewClubSession(string? Title, DateTime? StartsAt, DateTime? EndsAt, string? Place, string? Doctor);

public sealed record ClubLine(int Id, string Name, string Condition, int Members, int Sessions);

public sealed record ClubDetail(int Id, int CommunityId, string Name, string Condition, IReadOnlyList<ClubMemberLine> Members, IReadOnlyList<Activities.ActivitySummary> Sessions);

public sealed record ClubMemberLine(int ResidentId, string Name, DateOnly JoinedOn);

public sealed record SupportCreated(int Id);
