using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.MicroRenewal;

/// <summary>The nine steps of seed 002 case 7, in order: 宣传征集、试点调查、筛选、意见征询、方案设计、方案选定、改造实施、成果展示、后期反馈.</summary>
public enum RenewalStep
{
    Publicity = 1,
    PilotSurvey = 2,
    Screening = 3,
    Consultation = 4,
    Design = 5,
    Selection = 6,
    Implementation = 7,
    Showcase = 8,
    Feedback = 9,
}

/// <summary>The three meetings of 一图三会: site-selection hearing, design coordination, result review.</summary>
public enum RenewalStage
{
    SiteHearing = 1,
    DesignCoordination = 2,
    ResultReview = 3,
}

public enum RenewalPhotoKind
{
    Blueprint = 1,
    Before = 2,
    After = 3,
}

/// <summary>
/// A micro-renewal (微更新) of a compound or courtyard by 一图三会: one blueprint, three meetings gating its steps,
/// several designs put to the households, the plan adopted item by item, quotes compared, before and after. What
/// was chosen and why is kept on the project; everything of it is public.
/// </summary>
public sealed class RenewalProject : ICommunityOwned
{
    public const int MaxTitle = 100;
    public const int MaxText = 2000;
    public const int MaxReason = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int RegionId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public long? BudgetFen { get; private set; }
    public string? FundedBy { get; private set; }
    public RenewalStep Step { get; private set; } = RenewalStep.Publicity;
    public DateOnly? CompletedOn { get; private set; }
    public int? ChosenSiteId { get; private set; }
    public string? SiteReason { get; private set; }
    public int? AdoptedOptionId { get; private set; }
    public string? OptionReason { get; private set; }
    public int? ChosenQuoteId { get; private set; }
    public string? QuoteReason { get; private set; }

    /// <summary>The households' preference poll among the design options (a survey of the surveys module).</summary>
    public int? PollSurveyId { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private RenewalProject() { }

    public RenewalProject(int communityId, int regionId, string title, string summary, (long? Fen, string? FundedBy) budget, string by, DateTime at)
    {
        CommunityId = communityId;
        RegionId = regionId;
        Title = title;
        Summary = summary;
        (BudgetFen, FundedBy) = budget;
        CreatedBy = by;
        CreatedAt = at;
    }
}

/// <summary>A step reached, when and by whom, with what was done in it; the project's progress through the nine.</summary>
public sealed class RenewalStepEntry : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public RenewalStep Step { get; private set; }
    public DateOnly On { get; private set; }
    public string? Note { get; private set; }
    public string By { get; private set; } = "";

    private RenewalStepEntry() { }

    public RenewalStepEntry(RenewalProject project, RenewalStep step, DateOnly on, string? note, string by)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Step = step;
        On = on;
        Note = note;
        By = by;
    }
}

/// <summary>One of the three meetings, linked to the deliberation meeting that held it; title and time as they were when linked.</summary>
public sealed class RenewalMeeting : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public RenewalStage Stage { get; private set; }
    public int MeetingId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartsAt { get; private set; }

    private RenewalMeeting() { }

    public RenewalMeeting(RenewalProject project, RenewalStage stage, int meetingId, string title, DateTime startsAt)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Stage = stage;
        MeetingId = meetingId;
        Title = title;
        StartsAt = startsAt;
    }
}

/// <summary>A candidate site (选点) with the evidence from the pilot survey.</summary>
public sealed class RenewalSite : ICommunityOwned
{
    public const int MaxName = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public string Name { get; private set; } = "";
    public string Evidence { get; private set; } = "";

    private RenewalSite() { }

    public RenewalSite(RenewalProject project, string name, string evidence)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Name = name;
        Evidence = evidence;
    }
}

/// <summary>One of the drafted designs (多版方案); the households' preferences are counted when the plan is adopted.</summary>
public sealed class DesignOption : ICommunityOwned
{
    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>Households that preferred it when the poll closed (null while it is open or if there was none).</summary>
    public int? Preferences { get; private set; }

    private DesignOption() { }

    public DesignOption(RenewalProject project, string title, string description)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Title = title;
        Description = description;
    }

    /// <summary>Keeps the households' count as it stood when the poll closed.</summary>
    public void Freeze(int preferences) => Preferences = preferences;
}

/// <summary>An item of the adopted plan: what, who does it, its dimensions (~200 m × 0.5 m), what it may cost.</summary>
public sealed class PlanItem : ICommunityOwned
{
    public const int MaxWhat = 200;
    public const int MaxResponsible = 100;
    public const int MaxDimensions = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public string What { get; private set; } = "";
    public string Responsible { get; private set; } = "";
    public string? Dimensions { get; private set; }
    public long? BudgetFen { get; private set; }

    private PlanItem() { }

    public PlanItem(RenewalProject project, string what, string responsible, string? dimensions, long? budgetFen)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        What = what;
        Responsible = responsible;
        Dimensions = dimensions;
        BudgetFen = budgetFen;
    }
}

/// <summary>A contractor's quote (多方比价) after measuring on site: who, for what, how much.</summary>
public sealed class ContractorQuote : ICommunityOwned
{
    public const int MaxContractor = 100;
    public const int MaxScope = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public string Contractor { get; private set; } = "";
    public string Scope { get; private set; } = "";
    public long PriceFen { get; private set; }
    public string? Note { get; private set; }

    private ContractorQuote() { }

    public ContractorQuote(RenewalProject project, string contractor, string scope, long priceFen, string? note)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Contractor = contractor;
        Scope = scope;
        PriceFen = priceFen;
        Note = note;
    }
}

/// <summary>A blueprint drawing or photo, or a before or after photo; an after photo names the before photo it pairs with.</summary>
public sealed class RenewalPhoto : ICommunityOwned
{
    public const int MaxCaption = 100;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ProjectId { get; private set; }
    public RenewalPhotoKind Kind { get; private set; }
    public string Caption { get; private set; } = "";
    public Guid FileId { get; private set; }
    public int? BeforeId { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    private RenewalPhoto() { }

    public RenewalPhoto(RenewalProject project, RenewalPhotoKind kind, string caption, Guid fileId, int? beforeId, string by, DateTime at)
    {
        CommunityId = project.CommunityId;
        ProjectId = project.Id;
        Kind = kind;
        Caption = caption;
        FileId = fileId;
        BeforeId = beforeId;
        By = by;
        At = at;
    }
}
