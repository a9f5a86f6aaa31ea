using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stations;

/// <summary>Whom a training is for: the station's staff, resident activists (居民骨干), volunteers, committee members.</summary>
public enum TrainingAudience
{
    Staff = 1,
    Activists = 2,
    Volunteers = 3,
    Committee = 4,
}

/// <summary>
/// A training (培训) of a community's station: its title, day and length in hours, for whom, by whom. Who attended is
/// recorded against staff profiles; each person's training hours are the sum of the trainings they attended.
/// </summary>
public sealed class Training : ICommunityOwned
{
    public const int MaxTitle = 100, MaxText = 500;
    public const decimal MaxHours = 200;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly On { get; private set; }
    public decimal Hours { get; private set; }
    public TrainingAudience Audience { get; private set; }

    /// <summary>Who trains (internal, an outside expert, a partner) and what: service skills, stress relief, project management, resource integration.</summary>
    public string? Trainer { get; private set; }
    public string? Content { get; private set; }

    /// <summary>The community's activity the training is run as: its check-ins give the attendance.</summary>
    public int? ActivityId { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Training() { }

    public Training(int communityId, string title, DateOnly on, decimal hours, TrainingAudience audience, (string? Trainer, string? Content) about, int? activityId,
        string createdBy, DateTime now)
    {
        ActivityId = activityId;
        CommunityId = communityId;
        Title = title;
        On = on;
        Hours = hours;
        Audience = audience;
        (Trainer, Content) = about;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>A staff member at a training: once per person (a unique key).</summary>
public sealed class TrainingAttendance : ICommunityOwned
{
    public int TrainingId { get; private set; }
    public int StaffId { get; private set; }
    public int CommunityId { get; private set; }

    private TrainingAttendance() { }

    public TrainingAttendance(Training training, int staffId) => (TrainingId, StaffId, CommunityId) = (training.Id, staffId, training.CommunityId);
}
