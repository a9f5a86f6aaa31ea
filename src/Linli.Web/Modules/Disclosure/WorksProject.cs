using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Disclosure;

/// <summary>planned → bids opened → awarded → under way → accepted (验收).</summary>
public enum WorksStatus
{
    Planned = 1,
    Opened = 2,
    Awarded = 3,
    UnderWay = 4,
    Accepted = 5,
}

/// <summary>
/// Works paid from a fund the owners can see into (seed 002 case 3: the fire system re-tendered, bids opened before
/// the owners, chosen at a third of the budget): the budget and where the money comes from, the bids opened in front
/// of owners' representatives, the choice and its reason, the saving against the budget, progress and acceptance —
/// linked to the resolution or the owners' assembly that decided it, and published as it goes.
/// </summary>
public sealed class WorksProject : ICommunityOwned
{
    public const int MaxTitle = 100;
    public const int MaxText = 500;
    public const int MaxBasis = 1000;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int RegionId { get; private set; }
    public string Title { get; private set; } = "";
    public string FundedBy { get; private set; } = "";
    public long BudgetFen { get; private set; }

    /// <summary>What decided it: a meeting's resolution (deliberation) or an owners' assembly.</summary>
    public int? ResolutionId { get; private set; }
    public int? AssemblyId { get; private set; }

    /// <summary>The deciding resolution's text or assembly's title as it was when linked, for the public page.</summary>
    public string? Basis { get; private set; }
    public WorksStatus Status { get; private set; }
    public DateTime? OpenedAt { get; private set; }

    /// <summary>How many owners' representatives witnessed the opening (their names stay off the public page).</summary>
    public int? Witnesses { get; private set; }
    public int? AwardedBidId { get; private set; }
    public string? AwardReason { get; private set; }
    public int Percent { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public string? Acceptance { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private WorksProject() { }

    public WorksProject(int communityId, int regionId, string title, string fundedBy, long budgetFen, (int? Resolution, int? Assembly, string? Basis) decided, string by,
        DateTime now)
    {
        CommunityId = communityId;
        RegionId = regionId;
        Title = title;
        FundedBy = fundedBy;
        BudgetFen = budgetFen;
        (ResolutionId, AssemblyId, Basis) = decided;
        Status = WorksStatus.Planned;
        CreatedBy = by;
        CreatedAt = now;
    }
}

/// <summary>A bid as read out at the opening: the bidder (a company, shown in full), its quote, what it offers.</summary>
public sealed class WorksBid : ICommunityOwned
{
    public const int MaxBidder = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public string Bidder { get; private set; } = "";
    public long QuoteFen { get; private set; }
    public string? Note { get; private set; }

    private WorksBid() { }

    public WorksBid(WorksProject project, string bidder, long quoteFen, string? note)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Bidder = bidder;
        QuoteFen = quoteFen;
        Note = note;
    }
}

/// <summary>A dated step of the works with how far along they are.</summary>
public sealed class WorksProgress : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public DateOnly On { get; private set; }
    public int Percent { get; private set; }
    public string Note { get; private set; } = "";
    public string By { get; private set; } = "";

    private WorksProgress() { }

    public WorksProgress(WorksProject project, DateOnly on, int percent, string note, string by)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        On = on;
        Percent = percent;
        Note = note;
        By = by;
    }
}
