using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// What a compound's own rules of procedure and covenant decide about its votes, where the law leaves it to them:
/// whether parking spaces count toward the area (SPC interpretation Art. 8), and whether owners who do not vote are
/// added to the majority of those who did (the 2009 guidance rules; disputed since the Civil Code, so off by default
/// and on only with the covenant's clause recorded). Frozen into each assembly when it opens.
/// </summary>
public sealed class CompoundRules : ICommunityOwned
{
    public const int MaxClause = 1000;

    public int Id { get; private set; }
    public int CompoundId { get; private set; }
    public int CommunityId { get; private set; }
    public bool ParkingCounts { get; private set; }
    public bool NonVotersFollowMajority { get; private set; }

    /// <summary>The covenant's clause, word for word, that lets non-voters follow the majority; required to switch it on.</summary>
    public string? CovenantClause { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    private CompoundRules() { }

    internal CompoundRules(int compoundId, int communityId)
    {
        CompoundId = compoundId;
        CommunityId = communityId;
    }

    internal void Set(bool parkingCounts, bool nonVotersFollowMajority, string? covenantClause, string by, DateTime now)
    {
        ParkingCounts = parkingCounts;
        NonVotersFollowMajority = nonVotersFollowMajority;
        CovenantClause = covenantClause;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
