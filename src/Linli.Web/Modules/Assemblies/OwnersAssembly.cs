using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>A meeting, or a written consultation (书面征求意见) with ballots collected door to door.</summary>
public enum AssemblyMethod
{
    Meeting = 1,
    Written = 2,
}

/// <summary>Draft (being prepared), Open (roll, items and rules frozen; ballots in the voting window), Closed (counted).</summary>
public enum AssemblyStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>
/// An owners' assembly (业主大会) of one compound: the owners decide its items by ballot. Opening it freezes the roll
/// (<see cref="RollVoter"/>), the items and their rules, and the totals the thresholds are measured against; the
/// 1-year challenge window (SPC interpretation Art. 12) needs all of it reproducible, so nothing frozen is edited.
/// Residents of the community see that it exists (its notice is on the gate), to vote in it as owners.
/// </summary>
public sealed class OwnersAssembly : ICommunityOwned, ResidentAccess.IShared
{
    public const int MaxTitle = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CompoundId { get; private set; }
    public string Title { get; private set; } = "";
    public AssemblyMethod Method { get; private set; }

    /// <summary>The day the notice was posted (at least 15 days before the voting opens: 物业管理条例 Art. 14).</summary>
    public DateOnly NoticedOn { get; private set; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public AssemblyStatus Status { get; private set; }

    /// <summary>Owners and exclusive area (in 0.01 m²) on the frozen roll; zero until opened.</summary>
    public int TotalOwners { get; private set; }
    public long TotalAreaHundredths { get; private set; }
    public DateTime? OpenedAt { get; private set; }

    /// <summary>The compound's rules as they stood at opening (<see cref="CompoundRules"/>): the count applies these, not later changes.</summary>
    public bool ParkingCounted { get; private set; }
    public bool NonVotersFollowMajority { get; private set; }
    public string? CovenantClause { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private OwnersAssembly() { }

    internal OwnersAssembly(int communityId, int compoundId, string title, AssemblyMethod method, DateOnly noticedOn, DateTime opensAt, DateTime closesAt,
        string createdBy, DateTime now)
    {
        CommunityId = communityId;
        CompoundId = compoundId;
        Title = title;
        Method = method;
        NoticedOn = noticedOn;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        Status = AssemblyStatus.Draft;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

/// <summary>One matter put to the owners; an election is one item per candidate.</summary>
public sealed class AssemblyItem
{
    public const int MaxTitle = 200;

    public int Id { get; private set; }
    public int AssemblyId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    public Matter Matter { get; private set; }

    /// <summary>Fixed by the matter when the item is made, and frozen with the assembly.</summary>
    public PassRule Rule { get; private set; }

    private AssemblyItem() { }

    internal AssemblyItem(int position, string title, Matter matter)
    {
        Position = position;
        Title = title;
        Matter = matter;
        Rule = Matters.RuleOf(matter);
    }

    internal void BelongTo(int assemblyId) => AssemblyId = assemblyId;
}

/// <summary>
/// Where and when owners hand in paper ballots (seed 002 case 9: a voting point at the gate; the evening rounds door
/// to door, 19:00–21:00): announced with the assembly, shown on its pages.
/// </summary>
public sealed class VotingPoint
{
    public const int MaxPlace = 100;
    public const int MaxHours = 100;

    public int Id { get; private set; }
    public int AssemblyId { get; private set; }
    public int Position { get; private set; }
    public string Place { get; private set; } = "";
    public string Hours { get; private set; } = "";

    private VotingPoint() { }

    internal VotingPoint(int assemblyId, int position, string place, string hours)
    {
        AssemblyId = assemblyId;
        Position = position;
        Place = place;
        Hours = hours;
    }
}
