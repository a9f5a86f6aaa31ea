using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Applications;

public enum ApplicationStatus
{
    Submitted = 1,
    Awarded = 2,
    Declined = 3,
    Withdrawn = 4,
}

/// <summary>
/// The standard indicators a project may target, each defined once (docs/grants.md) and computed from the records:
/// held activities, their check-ins, the distinct people checked in and their households, the volunteers' service
/// records at those activities, the health records measured at its free clinics, the participants' ratings.
/// <see cref="Custom"/> ones are evidenced by hand and always shown as such.
/// </summary>
public enum IndicatorKey
{
    Services = 1,
    PersonTimes = 2,
    UniquePeople = 3,
    Volunteers = 4,
    VolunteerHours = 5,
    Households = 6,
    HealthRecords = 7,
    /// <summary>The participants' mean rating, 1–5.</summary>
    Satisfaction = 8,
    Custom = 9,
}

/// <summary>
/// An application (申报) by a social organization jointly with a community. The community's endorsement (盖章) is an
/// in-app approval by its staff — at once when its staff (or the program's officers, from the stamped paper form)
/// enter the application, later when the organization submits it itself.
/// </summary>
public sealed class GrantApplication : IOrganizationRun
{
    public const int MaxTitle = 100, MaxText = 4000, MaxShort = 100;

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Category { get; private set; } = "";
    public long RequestedFen { get; private set; }
    public string? Summary { get; private set; }
    /// <summary>Background and needs evidence (links to surveys, the needs list, visits, written as text with their ids).</summary>
    public string? Background { get; private set; }
    public string? TargetGroups { get; private set; }
    /// <summary>How many people the project means to reach: the denominator of the participation rate.</summary>
    public int? TargetPopulation { get; private set; }
    public string? ServicePlan { get; private set; }
    /// <summary>Inputs → activities → outputs → outcomes (项目逻辑图).</summary>
    public string? LogicModel { get; private set; }
    public string? SocialWorker { get; private set; }
    public string? Supervisor { get; private set; }
    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Submitted;
    public string? EndorsedBy { get; private set; }
    public DateTime? EndorsedAt { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }

    private GrantApplication() { }

    public GrantApplication(int programId, int communityId, int organizationId, string title, string category, long requestedFen, string submittedBy, DateTime now)
    {
        ProgramId = programId;
        CommunityId = communityId;
        OrganizationId = organizationId;
        Title = title;
        Category = category;
        RequestedFen = requestedFen;
        SubmittedBy = submittedBy;
        SubmittedAt = now;
    }

    public void Describe(string? summary, string? background, string? targetGroups, int? targetPopulation, string? servicePlan, string? logicModel, string? socialWorker,
        string? supervisor)
    {
        Summary = summary;
        Background = background;
        TargetGroups = targetGroups;
        TargetPopulation = targetPopulation;
        ServicePlan = servicePlan;
        LogicModel = logicModel;
        SocialWorker = socialWorker;
        Supervisor = supervisor;
    }

    public void Endorse(string by, DateTime now) => (EndorsedBy, EndorsedAt) = (by, now);

    /// <summary>The community would not put its name to it: the application goes no further.</summary>
    public void Decline() => Status = ApplicationStatus.Declined;
}

/// <summary>An indicator the application promises, with its target; a custom one carries its own label.</summary>
public sealed class ApplicationIndicator
{
    public const int MaxLabel = 50;

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public IndicatorKey Key { get; private set; }
    public string? Label { get; private set; }
    public decimal Target { get; private set; }
    /// <summary>For a custom indicator: the value reported by hand and its evidence.</summary>
    public decimal? Evidenced { get; private set; }
    public string? Evidence { get; private set; }

    private ApplicationIndicator() { }

    public ApplicationIndicator(int applicationId, IndicatorKey key, string? label, decimal target) =>
        (ApplicationId, Key, Label, Target) = (applicationId, key, label, target);

    public void Report(decimal value, string evidence) => (Evidenced, Evidence) = (value, evidence);
}

/// <summary>A line of the budget; expenditure is booked against it, its spent sum kept by a conditional update.</summary>
public sealed class BudgetLine
{
    public const int MaxName = 50;

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string Name { get; private set; } = "";
    public long AmountFen { get; private set; }
    public long SpentFen { get; private set; }

    private BudgetLine() { }

    public BudgetLine(int applicationId, string name, long amountFen) => (ApplicationId, Name, AmountFen) = (applicationId, name, amountFen);
}

/// <summary>A dated milestone ("需求调研完成", 2020-03-31): done with evidence, late when done after its day.</summary>
public sealed class Milestone
{
    public const int MaxName = 100, MaxEvidence = 1000;

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public string? Evidence { get; private set; }

    private Milestone() { }

    public Milestone(int applicationId, string name, DateOnly dueOn) => (ApplicationId, Name, DueOn) = (applicationId, name, dueOn);

    public bool Late(DateOnly today) => DoneOn is { } done ? done > DueOn : today > DueOn;

    public void Done(DateOnly on, string evidence) => (DoneOn, Evidence) = (on, evidence);
}
