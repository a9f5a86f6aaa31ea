using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>What a knock on an owner's door came to, when no ballot came of it.</summary>
public enum DoorOutcome
{
    NotHome = 1,
    Refused = 2,
    Unreachable = 3,
}

/// <summary>
/// One door-to-door attempt on an owner still to vote (seed 002 case 9: students in two groups, every evening
/// 19:00–21:00): who knocked, when, and what came of it, so the next evening's round starts where this one stopped.
/// Never a choice: a ballot is entered as a ballot.
/// </summary>
public sealed class DoorAttempt : ICommunityOwned
{
    public const int MaxNote = 200;

    public int Id { get; private set; }
    public int AssemblyId { get; private set; }
    public int CommunityId { get; private set; }
    public int VoterId { get; private set; }
    public DoorOutcome Outcome { get; private set; }
    public string? Note { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    private DoorAttempt() { }

    internal DoorAttempt(OwnersAssembly assembly, int voterId, DoorOutcome outcome, string? note, string by, DateTime now)
    {
        AssemblyId = assembly.Id;
        CommunityId = assembly.CommunityId;
        VoterId = voterId;
        Outcome = outcome;
        Note = note;
        By = by;
        At = now;
    }
}
