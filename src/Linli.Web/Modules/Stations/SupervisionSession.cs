using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stations;

/// <summary>Individual supervision, group supervision (团体督导, often by outside experts), or on-site accompaniment.</summary>
public enum SupervisionKind
{
    Individual = 1,
    Group = 2,
    OnSite = 3,
}

/// <summary>
/// A supervision session (督导) held: the supervisor, the workers supervised, the day and its length, the topics and
/// what is to follow. Each participant's supervision hours are the sum of the sessions they were in.
/// </summary>
public sealed class SupervisionSession : ICommunityOwned
{
    public const int MaxText = 1000;
    public const decimal MaxHours = 24;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int SupervisorId { get; private set; }
    public DateOnly On { get; private set; }
    public decimal Hours { get; private set; }
    public SupervisionKind Kind { get; private set; }
    public string? Topics { get; private set; }
    public string? Notes { get; private set; }
    public string? FollowUp { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private SupervisionSession() { }

    public SupervisionSession(StaffProfile supervisor, DateOnly on, decimal hours, SupervisionKind kind, (string? Topics, string? Notes, string? FollowUp) record,
        string createdBy, DateTime now)
    {
        CommunityId = supervisor.CommunityId;
        SupervisorId = supervisor.Id;
        On = on;
        Hours = hours;
        Kind = kind;
        (Topics, Notes, FollowUp) = record;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>A worker supervised in a session.</summary>
public sealed class SupervisionParticipant : ICommunityOwned
{
    public int SessionId { get; private set; }
    public int StaffId { get; private set; }
    public int CommunityId { get; private set; }

    private SupervisionParticipant() { }

    public SupervisionParticipant(SupervisionSession session, int staffId) => (SessionId, StaffId, CommunityId) = (session.Id, staffId, session.CommunityId);
}
