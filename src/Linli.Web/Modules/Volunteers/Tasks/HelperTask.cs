using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary>
/// A helper's task at one activity (分工: 签到引导, 海报张贴, 物资发放 ...): how many people it takes and what it asks of the
/// body and senses. Volunteers are given it by <see cref="HelperAssignment"/>.
/// </summary>
public sealed class HelperTask : ICommunityOwned
{
    public const int MaxName = 50;
    public const int MaxPeople = 50;

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public int People { get; private set; }
    public BodyDemand Demands { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private HelperTask() { }

    public HelperTask(int activityId, int communityId, string name, int people, BodyDemand demands, string createdBy, DateTime now)
    {
        (ActivityId, CommunityId, Name, People, Demands) = (activityId, communityId, name, people, demands);
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>
/// A volunteer given a task: one task per volunteer per activity, decided by the database. A task that asks what the
/// volunteer should not be asked is given only with the reason (the volunteer wants to, a partner goes with them), and
/// stays marked as not fitting.
/// </summary>
public sealed class HelperAssignment : ICommunityOwned
{
    public const int MaxReason = 200;

    public int Id { get; private set; }
    public int TaskId { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public int VolunteerId { get; private set; }
    public bool Fits { get; private set; }
    public string? Reason { get; private set; }
    public string AssignedBy { get; private set; } = "";
    public DateTime AssignedAt { get; private set; }

    private HelperAssignment() { }

    public HelperAssignment(HelperTask task, int volunteerId, bool fits, string? reason, string assignedBy, DateTime now)
    {
        (TaskId, ActivityId, CommunityId, VolunteerId, Fits, Reason) = (task.Id, task.ActivityId, task.CommunityId, volunteerId, fits, reason);
        AssignedBy = assignedBy;
        AssignedAt = now;
    }
}
