using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers.Patrols;

/// <summary>
/// A patrol rota (巡逻排班, seed 002 case 9: the balcony contest's families "每个星期都会积极参与小区的巡逻，关注小区环境，制止在小区
/// 内的不文明现象"): a team of the community's volunteers walking a route on a schedule, for planned hours. A rota is
/// stood down, never deleted: its logs are service records.
/// </summary>
public sealed class PatrolRota : ICommunityOwned
{
    public const int MaxName = 100;
    public const int MaxRoute = 200;
    public const int MaxSchedule = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string Route { get; private set; } = "";
    /// <summary>When it walks, as the team says it ("每周六 19:00–20:30").</summary>
    public string Schedule { get; private set; } = "";
    public decimal Hours { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private PatrolRota() { }

    public PatrolRota(int communityId, string name, string route, string schedule, decimal hours, string createdBy, DateTime now)
    {
        (CommunityId, Name, Route, Schedule, Hours) = (communityId, name, route, schedule, hours);
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>A volunteer on a rota's team.</summary>
public sealed class PatrolMember : ICommunityOwned
{
    public int Id { get; private set; }
    public int RotaId { get; private set; }
    public int CommunityId { get; private set; }
    public int VolunteerId { get; private set; }

    private PatrolMember() { }

    public PatrolMember(PatrolRota rota, int volunteerId) => (RotaId, CommunityId, VolunteerId) = (rota.Id, rota.CommunityId, volunteerId);
}

/// <summary>
/// One walk of a rota: the day, the route walked, the hours, who walked — each of whom gets an Order 67 service record
/// — and what they found. One log per rota per day.
/// </summary>
public sealed class PatrolLog : ICommunityOwned
{
    public const int MaxNotes = 1000;

    public int Id { get; private set; }
    public int RotaId { get; private set; }
    public int CommunityId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Route { get; private set; } = "";
    public decimal Hours { get; private set; }
    public string Notes { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private PatrolLog() { }

    public PatrolLog(PatrolRota rota, DateOnly date, string route, decimal hours, string notes, string recordedBy, DateTime now)
    {
        (RotaId, CommunityId, Date, Route, Hours, Notes) = (rota.Id, rota.CommunityId, date, route, hours, notes);
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}

/// <summary>A volunteer who walked, and the service record that counts the walk's hours for them.</summary>
public sealed class PatrolWalker : ICommunityOwned
{
    public int Id { get; private set; }
    public int LogId { get; private set; }
    public int CommunityId { get; private set; }
    public int VolunteerId { get; private set; }
    public int ServiceRecordId { get; private set; }

    private PatrolWalker() { }

    public PatrolWalker(PatrolLog log, ServiceRecord record) => (LogId, CommunityId, VolunteerId, ServiceRecordId) = (log.Id, log.CommunityId, record.VolunteerId, record.Id);
}

/// <summary>What the follow-up of an issue found on patrol became.</summary>
public enum PatrolFollowUp
{
    /// <summary>Dealt with on the spot, or only noted.</summary>
    None = 1,
    /// <summary>A 365 request (channel "volunteer") in the care module, answered within its deadline.</summary>
    Request = 2,
    /// <summary>An action item under a resolution of the community's deliberation.</summary>
    ActionItem = 3,
}

/// <summary>An issue found on a patrol (a blocked fire lane, a broken lamp, litter) and where its follow-up went.</summary>
public sealed class PatrolIssue : ICommunityOwned
{
    public const int MaxText = 500;
    public const int MaxPlace = 100;

    public int Id { get; private set; }
    public int LogId { get; private set; }
    public int CommunityId { get; private set; }
    public string Text { get; private set; } = "";
    public string Place { get; private set; } = "";
    public PatrolFollowUp FollowUp { get; private set; }
    /// <summary>The request's or the action item's id, by <see cref="FollowUp"/>.</summary>
    public int? FollowUpId { get; private set; }

    private PatrolIssue() { }

    public PatrolIssue(PatrolLog log, string text, string place, PatrolFollowUp followUp, int? followUpId)
    {
        (LogId, CommunityId, Text, Place, FollowUp, FollowUpId) = (log.Id, log.CommunityId, text, place, followUp, followUpId);
    }
}
