using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Projects;

public enum ProjectStatus
{
    Running = 1,
    Closed = 2,
}

/// <summary>
/// An awarded application (子项目): its amount and period. Activities are created inside it (<c>grantProjectId</c>), so
/// its services, person-times and people are counted from what the activities module recorded, never typed.
/// </summary>
public sealed class GrantProject : IOrganizationRun
{
    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public int ApplicationId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Category { get; private set; } = "";
    public long AmountFen { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public ProjectStatus Status { get; private set; } = ProjectStatus.Running;
    public string AwardedBy { get; private set; } = "";
    public DateTime AwardedAt { get; private set; }
    /// <summary>The funding agreement (资助协议) signed with the organization: its number and date; its tranches are <see cref="Oversight.Tranche"/>.</summary>
    public string? AgreementNumber { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    /// <summary>The day of the closing review that passed it.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public const int MaxAgreementNumber = 50;

    private GrantProject() { }

    public GrantProject(Applications.GrantApplication application, long amountFen, DateOnly startsOn, DateOnly endsOn, string awardedBy, DateTime now)
    {
        ProgramId = application.ProgramId;
        ApplicationId = application.Id;
        CommunityId = application.CommunityId;
        OrganizationId = application.OrganizationId;
        Title = application.Title;
        Category = application.Category;
        AmountFen = amountFen;
        StartsOn = startsOn;
        EndsOn = endsOn;
        AwardedBy = awardedBy;
        AwardedAt = now;
    }

    public void Sign(string number, DateOnly on) => (AgreementNumber, SignedOn) = (number, on);

    public void Close(DateOnly on) => (Status, ClosedOn) = (ProjectStatus.Closed, on);
}

public enum ReportStatus
{
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
}

/// <summary>
/// A monthly report (月报): the month's figures taken from the records when it is submitted (and again when a returned
/// report is sent back), the organization's narrative, the foundation's review. Late when submitted after the program's
/// report day.
/// </summary>
public sealed class MonthlyReport : IOrganizationRun
{
    public const int MaxNarrative = 8000, MaxComment = 2000;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int ProgramId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    /// <summary>"2020-05".</summary>
    public string Month { get; private set; } = "";
    public int Services { get; private set; }
    public int PersonTimes { get; private set; }
    public int UniquePeople { get; private set; }
    public int Volunteers { get; private set; }
    public decimal VolunteerHours { get; private set; }
    public long SpentFen { get; private set; }
    public string Narrative { get; private set; } = "";
    public ReportStatus Status { get; private set; } = ReportStatus.Submitted;
    public DateOnly DueOn { get; private set; }
    public bool Late { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }
    public string? ReviewComment { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }

    private MonthlyReport() { }

    public MonthlyReport(GrantProject project, string month, DateOnly dueOn)
    {
        ProjectId = project.Id;
        ProgramId = project.ProgramId;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
        Month = month;
        DueOn = dueOn;
    }

    /// <summary>Submitted (again): the figures as the records give them now; late if the first submission came after the due day.</summary>
    public void Submit(ProjectFigures figures, long spentFen, string narrative, string by, DateTime now, DateOnly today)
    {
        (Services, PersonTimes, UniquePeople, Volunteers, VolunteerHours) = (figures.Services, figures.PersonTimes, figures.UniquePeople, figures.Volunteers, figures.VolunteerHours);
        (SpentFen, Narrative) = (spentFen, narrative);
        if (SubmittedAt == default) Late = today > DueOn;
        (Status, SubmittedBy, SubmittedAt) = (ReportStatus.Submitted, by, now);
    }

    public void Review(bool accept, string? comment, string by, DateTime now) =>
        (Status, ReviewComment, ReviewedBy, ReviewedAt) = (accept ? ReportStatus.Accepted : ReportStatus.Returned, comment, by, now);
}

/// <summary>Money spent on a budget line, with its voucher.</summary>
public sealed class Expenditure : IOrganizationRun
{
    public const int MaxText = 200;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public int BudgetLineId { get; private set; }
    public long AmountFen { get; private set; }
    public DateOnly On { get; private set; }
    public string Payee { get; private set; } = "";
    public string? Note { get; private set; }
    public Guid? VoucherFileId { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Expenditure() { }

    public Expenditure(GrantProject project, int budgetLineId, long amountFen, DateOnly on, string payee, string? note, string recordedBy, DateTime now)
    {
        ProjectId = project.Id;
        CommunityId = project.CommunityId;
        OrganizationId = project.OrganizationId;
        BudgetLineId = budgetLineId;
        AmountFen = amountFen;
        On = on;
        Payee = payee;
        Note = note;
        RecordedBy = recordedBy;
        CreatedAt = now;
    }

    public void Vouched(Guid? fileId) => VoucherFileId = fileId;
}
