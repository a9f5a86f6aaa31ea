using Linli.Web.Modules.Activities;

namespace Linli.Web.Modules.Groups;

public sealed record NewGroup(int? CommunityId, string? Name, GroupKind? Kind, string? Purpose, DateOnly? FoundedOn, string? LeaderUserName);

public sealed record UpdateGroup(string? Name, GroupKind? Kind, string? Purpose, string? LeaderUserName);

public sealed record StageRequest(GroupStage? Stage);

public sealed record MemberRequest(int? ResidentId, MemberRole? Role);

public sealed record RoleRequest(MemberRole? Role);

public sealed record TrainingRequest(string? Title, DateOnly? Date, string? Provider, decimal? Hours, int? Attendees);

public sealed record NoteRequest(DateOnly? Date, string? Note);

public sealed record GroupSummary(int Id, int CommunityId, string Name, GroupKind Kind, GroupStage Stage, string? LeaderName, int Members, int CoreMembers);

public sealed record MemberView(int ResidentId, string Name, MemberRole Role, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record DocumentView(int Id, DocumentKind Kind, string Title, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

public sealed record TrainingView(int Id, string Title, DateOnly Date, string Provider, decimal Hours, int Attendees)
{
    public static TrainingView Of(GroupTraining t) => new(t.Id, t.Title, t.Date, t.Provider, t.Hours, t.Attendees);
}

public sealed record NoteView(int Id, DateOnly Date, string Note, string Author)
{
    public static NoteView Of(SupervisionNote n) => new(n.Id, n.Date, n.Note, n.Author);
}

/// <summary>What the group has done, counted from its activities' check-ins, never typed in.</summary>
public sealed record GroupFigures(int ActiveMembers, int CoreMembers, int ActivitiesRun, int PersonTimes, int TrainingCount, decimal TrainingHours);

public sealed record GroupDetail(GroupSummary Group, string Purpose, DateOnly FoundedOn, string? LeaderUserName, bool MayManage, bool MaySupervise,
    IReadOnlyList<MemberView> Members, IReadOnlyList<DocumentView> Documents, IReadOnlyList<TrainingView> Trainings, IReadOnlyList<NoteView> Notes,
    IReadOnlyList<ActivitySummary> Activities, GroupFigures Figures);
