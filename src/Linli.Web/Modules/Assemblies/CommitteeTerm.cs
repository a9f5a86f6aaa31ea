using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// One term (届) of a compound's owners' committee: elected by an assembly, filed (备案) with the street office or
/// housing department, handed over from the previous term (seed 002 case 3: "尽快完成第二届业委会成立的备案工作，
/// 并与第一届业委会完成工作交接").
/// </summary>
public sealed class CommitteeTerm : ICommunityOwned
{
    public const int MaxText = 200;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CompoundId { get; private set; }

    /// <summary>The term's number: 1 for the first committee, 2 for the second...</summary>
    public int Number { get; private set; }
    public int? ElectedByAssemblyId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly? FiledOn { get; private set; }
    public string? FiledWith { get; private set; }
    public DateOnly? HandedOverOn { get; private set; }
    public string? HandoverNote { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private CommitteeTerm() { }

    internal CommitteeTerm(int communityId, int compoundId, int number, int? assemblyId, DateOnly startsOn, DateOnly endsOn, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        CompoundId = compoundId;
        Number = number;
        ElectedByAssemblyId = assemblyId;
        StartsOn = startsOn;
        EndsOn = endsOn;
        CreatedBy = createdBy;
        CreatedAt = now;
    }
}

public enum CommitteeRole
{
    Director = 1,
    DeputyDirector = 2,
    Member = 3,
    Alternate = 4,
}

/// <summary>A member of a committee term, with the role the committee gave them.</summary>
public sealed class CommitteeMember : ICommunityOwned
{
    public const int MaxName = 50;

    public int Id { get; private set; }
    public int TermId { get; private set; }
    public int CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public int? ResidentId { get; private set; }
    public CommitteeRole Role { get; private set; }

    private CommitteeMember() { }

    internal CommitteeMember(CommitteeTerm term, string name, int? residentId, CommitteeRole role)
    {
        TermId = term.Id;
        CommunityId = term.CommunityId;
        Name = name;
        ResidentId = residentId;
        Role = role;
    }
}
