using System.Text.Json.Serialization;

namespace Linli.Web.Modules.Stations;

public sealed record StationCreated(int Id);

/// <summary>A community worker: <c>qualification</c> None|Assistant|SocialWorker|Senior, the certificate's number and day.</summary>
public sealed record NewStaff(int? CommunityId, string? Name, Qualification? Qualification, string? CertificateNumber = null, DateOnly? CertifiedOn = null,
    string? Employer = null, string? Role = null, string? Skills = null, string? UserId = null, int? ResidentId = null);

/// <summary>Whom a profile is: a console account of the community (its id or user name) and a resident of it; null unlinks.</summary>
public sealed record StaffLinks(string? UserId, int? ResidentId);

public sealed record StaffLine(int Id, int CommunityId, string Name, Qualification Qualification, string? Role, decimal TrainingHours, decimal SupervisionHours);

/// <summary>A worker's development: hours summed from the trainings attended and the sessions recorded (in the period, when one is given).</summary>
public sealed record StaffDetail(int Id, int CommunityId, string Name, Qualification Qualification, string? CertificateNumber, DateOnly? CertifiedOn, string? Employer,
    string? Role, string? Skills, DateOnly? From, DateOnly? To, decimal TrainingHours, decimal SupervisionHours, decimal SupervisingHours,
    IReadOnlyList<TrainingAttended> Trainings, IReadOnlyList<SupervisionLine> Supervision, IReadOnlyList<LadderLine> Ladder, ContinuingEducation? ContinuingEducation,
    StaffWork Work);

/// <summary>
/// A worker's work beyond the station's records, read from the modules that keep it: through the linked account the
/// cases held and supervised (counts, never a client), the activities they organized and the groups mentored with
/// supervision notes; through the linked resident the groups carried and the activities helped at. The period applies
/// to notes and activities.
/// </summary>
public sealed record StaffWork(string? UserId, string? Account, int? ResidentId, string? Resident, Care.Cases.CaseLoad? Cases, IReadOnlyList<WorkActivity> Led,
    IReadOnlyList<Groups.MentoredGroup> Mentored, IReadOnlyList<Groups.CarriedGroup> Carried, IReadOnlyList<WorkActivity> Helped);

/// <summary>An activity on a worker's page: organized by them, or helped at.</summary>
public sealed record WorkActivity(int Id, string Title, DateOnly On);

/// <summary>A certified worker's continuing education in the registration period around today: training hours attended in it against the target.</summary>
public sealed record ContinuingEducation(DateOnly From, DateOnly To, decimal Hours, decimal Target);

public sealed record TrainingAttended(int Id, string Title, DateOnly On, decimal Hours, TrainingAudience Audience);

/// <summary>A session on a worker's page: whether they supervised it or were supervised.</summary>
public sealed record SupervisionLine(int Id, DateOnly On, decimal Hours, SupervisionKind Kind, int SupervisorId, string Supervisor, bool AsSupervisor, string? Topics);

/// <summary>A training: <c>audience</c> Staff|Activists|Volunteers|Committee, <c>hours</c> its length (up to two decimals).</summary>
public sealed record NewTraining(int? CommunityId, string? Title, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Hours, DateOnly? On,
    TrainingAudience? Audience, string? Trainer = null, string? Content = null, int? ActivityId = null);

/// <summary>Volunteers of the community whose Order 67 training record gets the training.</summary>
public sealed record TrainingVolunteersInput(IReadOnlyList<int>? VolunteerIds);

/// <summary>What the activity's check-ins gave: staff attendances and volunteers' records added, check-ins matching neither.</summary>
public sealed record CheckInsTaken(int StaffAdded, int VolunteersAdded, int Unmatched, TrainingView Training);

/// <summary>Staff profiles who attended (added to those already recorded).</summary>
public sealed record TrainingAttendanceInput(IReadOnlyList<int>? StaffIds);

public sealed record TrainingView(int Id, int CommunityId, string Title, DateOnly On, decimal Hours, TrainingAudience Audience, string? Trainer, string? Content,
    IReadOnlyList<Attendee> Attendees, int? ActivityId, IReadOnlyList<Volunteers.TrainedVolunteer> Volunteers);

public sealed record Attendee(int StaffId, string Name);

/// <summary>A supervision session held: <c>supervisorId</c> and <c>participantIds</c> are staff profiles; <c>kind</c> Individual|Group|OnSite.</summary>
public sealed record NewSupervision(int? SupervisorId, IReadOnlyList<int>? ParticipantIds, DateOnly? On,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Hours, SupervisionKind? Kind, string? Topics = null, string? Notes = null,
    string? FollowUp = null);

/// <summary>A station: one per community; every text but the name optional.</summary>
public sealed record StationInput(int? CommunityId, string? Name, string? Persona = null, string? OpeningHours = null, string? Services = null,
    string? OnlineService = null, string? Rules = null);

/// <summary>A space of the community as a room of the station: <c>purpose</c> Casework|Group|Learning|Other.</summary>
public sealed record StationRoomInput(int? SpaceId, RoomPurpose? Purpose);

/// <summary>A micro-project: the lead (experienced) group and, optionally, the new group it brings along.</summary>
public sealed record NewMicroProject(string? Title, int? LeadGroupId, int? NewGroupId, DateOnly? StartsOn, DateOnly? EndsOn = null, string? Goal = null);

public sealed record StationLine(int Id, int CommunityId, string Name, string? Persona, string? OpeningHours);

public sealed record StationDetail(int Id, int CommunityId, string Name, string? Persona, string? OpeningHours, string? Services, string? OnlineService, string? Rules,
    IReadOnlyList<RoomLine> Rooms, IReadOnlyList<StaffLine> Staff, IReadOnlyList<LadderLine> Ladder, IReadOnlyList<Groups.GroupBasics> Groups,
    IReadOnlyList<MicroProjectLine> MicroProjects);

public sealed record RoomLine(int SpaceId, string Name, RoomPurpose Purpose);

public sealed record MicroProjectLine(int Id, string Title, int LeadGroupId, string LeadGroup, int? NewGroupId, string? NewGroup, DateOnly StartsOn, DateOnly? EndsOn,
    string? Goal);

/// <summary>A ladder link: <c>supporterId</c> supports <c>supportedId</c> (staff profiles of one community) from a day.</summary>
public sealed record NewLadderLink(int? SupporterId, int? SupportedId, DateOnly? From);

public sealed record EndLadderLink(DateOnly? On);

public sealed record LadderLine(int Id, int SupporterId, string Supporter, Qualification SupporterQualification, int SupportedId, string Supported,
    Qualification SupportedQualification, DateOnly From, DateOnly? To);

/// <summary>A station's month: activities held and person-times, trainings and person-hours trained, supervision sessions and hours.</summary>
public sealed record StationMonth(int StationId, int CommunityId, string Name, string Month, int ActivitiesHeld, int PersonTimes, int Trainings, decimal TrainingPersonHours,
    int SupervisionSessions, decimal SupervisionHours);
