using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Care;

public enum VisitKind
{
    HomeVisit = 1,
    Call = 2,
    Other = 3,
}

/// <summary>A home visit or call (走访/入户/电话): what was found, what is needed, what follows.</summary>
public sealed class Visit : ICommunityOwned
{
    public int Id { get; private set; }
    public int ResidentId { get; private set; }
    public int CommunityId { get; private set; }
    public DateOnly On { get; private set; }
    public VisitKind Kind { get; private set; }
    public string Visitor { get; private set; } = "";
    public string Findings { get; private set; } = "";
    public string? Needs { get; private set; }
    public string? FollowUp { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Visit() { }

    public Visit(Resident resident, DateOnly on, VisitKind kind, string visitor, string findings, string? needs, string? followUp, string recordedBy, DateTime now)
    {
        ResidentId = resident.Id;
        CommunityId = resident.CommunityId;
        On = on;
        Kind = kind;
        Visitor = visitor;
        Findings = findings;
        Needs = needs;
        FollowUp = followUp;
        RecordedBy = recordedBy;
        CreatedAt = now;
    }
}
