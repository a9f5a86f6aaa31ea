using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>How a ballot reached the count: paper at the voting point, collected door to door, cast at the meeting, or online.</summary>
public enum BallotChannel
{
    Paper = 1,
    DoorToDoor = 2,
    Meeting = 3,
    Online = 4,
}

public enum Choice
{
    Agree = 1,
    Against = 2,
    Abstain = 3,
}

/// <summary>
/// One owner's ballot in one assembly: one per owner, which the database decides (a unique index on assembly and
/// voter), however many hands enter it at once. It records who entered it and when, who collected a paper ballot,
/// the proxy who signed for the owner, and carries a receipt the owner can quote. Its choices are never edited: the
/// count must be reproducible for a year. The paper's scan and the proxy's document are attached once each.
/// </summary>
public sealed class Ballot : ICommunityOwned
{
    public const int ReceiptLength = 10;
    public const int MaxName = 50;

    public int Id { get; private set; }
    public int AssemblyId { get; private set; }
    public int CommunityId { get; private set; }
    public int VoterId { get; private set; }
    public BallotChannel Channel { get; private set; }
    public string Receipt { get; private set; } = "";
    public string EnteredBy { get; private set; } = "";
    public DateTime EnteredAt { get; private set; }

    /// <summary>Who collected the paper ballot (the volunteer at the gate or on the evening round).</summary>
    public string? CollectedBy { get; private set; }

    /// <summary>The person who signed for the owner with a written proxy (委托书); the proxy's document is attached.</summary>
    public string? ProxyName { get; private set; }
    public Guid? ScanFileId { get; private set; }
    public Guid? ProxyDocumentFileId { get; private set; }

    private Ballot() { }

    internal Ballot(int assemblyId, int communityId, int voterId, BallotChannel channel, string? collectedBy, string? proxyName, string receipt, string enteredBy,
        DateTime now)
    {
        CollectedBy = collectedBy;
        ProxyName = proxyName;
        AssemblyId = assemblyId;
        CommunityId = communityId;
        VoterId = voterId;
        Channel = channel;
        Receipt = receipt;
        EnteredBy = enteredBy;
        EnteredAt = now;
    }
}

/// <summary>A ballot's choice on one item; every item of the assembly has one.</summary>
public sealed class BallotChoice
{
    public int Id { get; private set; }
    public int BallotId { get; private set; }
    public int ItemId { get; private set; }
    public Choice Choice { get; private set; }

    private BallotChoice() { }

    internal BallotChoice(int itemId, Choice choice)
    {
        ItemId = itemId;
        Choice = choice;
    }

    internal void BelongTo(int ballotId) => BallotId = ballotId;
}
