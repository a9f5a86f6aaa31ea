namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary><c>limits</c>: <see cref="BodyDemand"/> names the volunteer should not be asked (an empty list clears them); <c>note</c> what suits them.</summary>
public sealed record AbilityRequest(IReadOnlyList<string>? Limits, string? Note);

public sealed record AbilityView(int VolunteerId, IReadOnlyList<BodyDemand> Limits, string? Note, string? RecordedBy, DateTime? RecordedAt);

/// <summary>A task at an activity; <c>demands</c> omitted takes a common task's (<see cref="BodyDemands.Presets"/>) or none.</summary>
public sealed record HelperTaskRequest(int? ActivityId, string? Name, int? People, IReadOnlyList<string>? Demands = null);

/// <summary><c>reason</c> is needed only when the task asks what the volunteer should not be asked.</summary>
public sealed record AssignRequest(int? VolunteerId, string? Reason = null);

public sealed record HelperTaskCreated(int Id);

/// <summary><c>signedUp</c>: the volunteer was signed up to help by this assignment (they were not yet).</summary>
public sealed record TaskAssigned(int TaskId, int VolunteerId, bool Fits, string? Reason, bool SignedUp);

/// <summary>Who has a task; <c>helper</c> false when their sign-up to help was cancelled since.</summary>
public sealed record AssignmentView(int TaskId, int VolunteerId, string VolunteerNumber, string Name, bool Fits, string? Reason, bool Helper);

public sealed record TaskView(int Id, string Name, int People, IReadOnlyList<BodyDemand> Demands, IReadOnlyList<AssignmentView> Assigned);

/// <summary>
/// A volunteer of the community who could be given a task: <c>helper</c> when signed up to help at the activity,
/// <c>taskId</c> the task they have, <c>fitTaskIds</c> the tasks that ask nothing they should not be asked.
/// </summary>
public sealed record TaskCandidate(int VolunteerId, string VolunteerNumber, string Name, bool Helper, int? TaskId, IReadOnlyList<int> FitTaskIds);

/// <summary>An activity's tasks, who has each, and who else could help; <c>planRoles</c> the roles of its plan not yet made tasks.</summary>
public sealed record TaskBoard(int ActivityId, int CommunityId, string Title, DateTime StartsAt, IReadOnlyList<TaskView> Tasks, IReadOnlyList<TaskCandidate> Candidates,
    IReadOnlyList<string> PlanRoles);
