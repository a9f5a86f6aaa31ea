using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Oversight;

public enum ReviewStage
{
    /// <summary>中期评审: progress against the indicators and the calendar, direction for the second half.</summary>
    Midterm = 1,
    /// <summary>结项评审: a passed closing review closes the project.</summary>
    Closing = 2,
}

public enum ReviewConclusion
{
    Pass = 1,
    /// <summary>Passed once the rectification items are done (限期整改).</summary>
    Rectify = 2,
    Fail = 3,
}

/// <summary>
/// A mid-term or closing review of a project by the program's officers (or the experts they bring): findings, a
/// conclusion and the rectification items it sets. A stage is reviewed again only after a "rectify" conclusion whose
/// items are all done; a passed closing review closes the project.
/// </summary>
public sealed class ProjectReview : IOrganizationRun
{
    public const int MaxFindings = 4000;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public ReviewStage Stage { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Findings { get; private set; } = "";
    public ReviewConclusion Conclusion { get; private set; }
    public string ReviewedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private ProjectReview() { }

    public ProjectReview(GrantProject project, ReviewStage stage, DateOnly heldOn, string findings, ReviewConclusion conclusion, string reviewedBy, DateTime now)
    {
        ProjectId = project.Id;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
        Stage = stage;
        HeldOn = heldOn;
        Findings = findings;
        Conclusion = conclusion;
        ReviewedBy = reviewedBy;
        CreatedAt = now;
    }
}

/// <summary>A rectification item (整改事项) a review set: what to put right by when; done with its evidence, late when done after its day.</summary>
public sealed class RectificationItem : IOrganizationRun
{
    public const int MaxText = 500;

    public int Id { get; private set; }
    public int ReviewId { get; private set; }
    public int ProjectId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public string? Evidence { get; private set; }
    public string? DoneBy { get; private set; }

    private RectificationItem() { }

    public RectificationItem(ProjectReview review, string description, DateOnly dueOn)
    {
        ReviewId = review.Id;
        ProjectId = review.ProjectId;
        CommunityId = review.CommunityId;
        OrganizationId = review.OrganizationId;
        Description = description;
        DueOn = dueOn;
    }

    public bool Late(DateOnly today) => DoneOn is { } done ? done > DueOn : today > DueOn;

    public void Done(DateOnly on, string evidence, string by) => (DoneOn, Evidence, DoneBy) = (on, evidence, by);
}
