using Linli.Web.Modules.Care.Requests;

namespace Linli.Web.Modules.Volunteers.Patrols;

public sealed record PatrolRotaRequest(int? CommunityId, string? Name, string? Route, string? Schedule, decimal? Hours, IReadOnlyList<int>? VolunteerIds);

/// <summary>
/// An issue found on the walk. <c>followUp</c> Request files a 365 request (<c>category</c>, Environment when not given;
/// <c>regionId</c> the building or compound); ActionItem adds an action item to the resolution <c>resolutionId</c> with
/// <c>responsible</c> and <c>dueOn</c>.
/// </summary>
public sealed record PatrolIssueRequest(string? Text, string? Place, PatrolFollowUp? FollowUp, RequestCategory? Category = null, int? RegionId = null,
    int? ResolutionId = null, string? Responsible = null, DateOnly? DueOn = null);

/// <summary>A walk: the day, who walked (volunteers of the community, on the team or standing in), hours and route when they differ from the rota's.</summary>
public sealed record PatrolLogRequest(DateOnly? On, IReadOnlyList<int>? VolunteerIds, decimal? Hours = null, string? Route = null, string? Notes = null,
    IReadOnlyList<PatrolIssueRequest>? Issues = null);

public sealed record PatrolCreated(int Id);

public sealed record PatrolIssueView(int Id, string Text, string Place, PatrolFollowUp FollowUp, int? FollowUpId);

public sealed record PatrolLogged(int Id, IReadOnlyList<int> ServiceRecordIds, IReadOnlyList<PatrolIssueView> Issues);

public sealed record PatrolRotaLine(int Id, string Name, string Route, string Schedule, decimal Hours, int Team, int Walks, DateOnly? LastWalk, DateOnly? EndedOn);

public sealed record PatrolPerson(int VolunteerId, string VolunteerNumber, string Name);

public sealed record PatrolLogView(int Id, DateOnly Date, string Route, decimal Hours, string Notes, IReadOnlyList<PatrolPerson> Walkers, IReadOnlyList<PatrolIssueView> Issues,
    string RecordedBy);

/// <summary>A rota with its team, the hours walked (person-hours, every walker's hours added) and its latest 100 walks.</summary>
public sealed record PatrolRotaView(int Id, int CommunityId, string Name, string Route, string Schedule, decimal Hours, DateOnly? EndedOn, IReadOnlyList<PatrolPerson> Team,
    int Walks, decimal PersonHours, IReadOnlyList<PatrolLogView> Logs);
