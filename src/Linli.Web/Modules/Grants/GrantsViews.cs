using System.Text.Json.Serialization;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Projects;

namespace Linli.Web.Modules.Grants;

/// <summary>
/// A program for a region: <c>budget</c> in yuan ("2430000.00"), its categories (each with an optional cap in
/// <c>categoryCaps</c>), calendar and the day of the month reports fall due.
/// </summary>
public sealed record NewProgram(int? RegionId, string? Name, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Budget,
    IReadOnlyList<string>? Categories, string? Funder = null, string? Manager = null, string? Guidelines = null, IReadOnlyDictionary<string, decimal>? CategoryCaps = null,
    DateOnly? CallClosesOn = null, DateOnly? StartsOn = null, DateOnly? MidtermOn = null, DateOnly? ClosesOn = null, int? ReportDay = null);

public sealed record GrantCreated(int Id);

public sealed record CategoryView(string Name, decimal? Cap, decimal Awarded);

public sealed record ProgramLine(int Id, string Name, int RegionId, decimal Budget, decimal Awarded, int Applications, int Projects);

public sealed record ProgramView(int Id, string Name, int RegionId, string? Funder, string? Manager, string? Guidelines, decimal Budget, decimal Awarded,
    IReadOnlyList<CategoryView> Categories, DateOnly? CallClosesOn, DateOnly? StartsOn, DateOnly? MidtermOn, DateOnly? ClosesOn, int ReportDay);

public sealed record NewIndicator(IndicatorKey? Key, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Target, string? Label = null);

public sealed record NewBudgetLine(string? Name, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount);

public sealed record NewMilestone(string? Name, DateOnly? DueOn);

/// <summary>
/// An application by an organization (a partner of kind SocialOrganization, Foundation or University) jointly with a
/// community: <c>requested</c> in yuan, the indicators it promises with targets, budget lines and milestones.
/// </summary>
public sealed record NewApplication(int? OrganizationId, int? CommunityId, string? Title, string? Category,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Requested, IReadOnlyList<NewIndicator>? Indicators = null,
    string? Summary = null, string? Background = null, string? TargetGroups = null, int? TargetPopulation = null, string? ServicePlan = null, string? LogicModel = null,
    string? SocialWorker = null, string? Supervisor = null, IReadOnlyList<NewBudgetLine>? BudgetLines = null, IReadOnlyList<NewMilestone>? Milestones = null);

/// <summary>A score from 0 to 100, or a declared conflict of interest (then no score).</summary>
public sealed record NewReview([property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Score, bool? ConflictOfInterest, string? Comment = null);

/// <summary>The community's answer to an organization's application: endorse it, or not with a reason.</summary>
public sealed record Endorsement(bool? Endorse, string? Reason = null);

/// <summary>The award: <c>amount</c> in yuan (at most what was requested), the project's period.</summary>
public sealed record NewAward([property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record AwardCreated(int ProjectId);

public sealed record IndicatorView(int Id, IndicatorKey Key, string? Label, decimal Target);

public sealed record BudgetLineView(int Id, string Name, decimal Amount, decimal Spent);

public sealed record MilestoneView(int Id, string Name, DateOnly DueOn, DateOnly? DoneOn, string? Evidence, bool Late);

/// <summary>A review as program officers see it (never the applying organization).</summary>
public sealed record ReviewView(int Id, string ReviewerName, decimal? Score, bool ConflictOfInterest, string? Comment, DateTimeOffset At);

/// <summary>
/// A line of a program's ranking: mean raw score, the normalised total (50 + 10 × the mean of each reviewer's z-score,
/// so a strict and a lenient reviewer weigh alike), reviews counted and conflicts declared.
/// </summary>
public sealed record ApplicationLine(int Id, string Title, string Category, int CommunityId, int OrganizationId, string Organization, decimal Requested,
    ApplicationStatus Status, bool Endorsed, int Reviews, int Conflicts, decimal? MeanScore, decimal? Normalized, int? Rank, int? ProjectId);

public sealed record ApplicationView(int Id, int ProgramId, string Title, string Category, int CommunityId, int OrganizationId, string Organization, decimal Requested,
    ApplicationStatus Status, string? EndorsedBy, DateTimeOffset? EndorsedAt, string SubmittedBy, DateTimeOffset SubmittedAt, string? Summary, string? Background,
    string? TargetGroups, int? TargetPopulation, string? ServicePlan, string? LogicModel, string? SocialWorker, string? Supervisor, IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<BudgetLineView> BudgetLines, IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<ReviewView>? Reviews, int? ProjectId);

/// <summary>
/// An indicator's attainment: <c>actual</c> computed from the records (or evidenced by hand for a custom one, then
/// <c>source</c> "Evidenced"), <c>attainment</c> = actual / target.
/// </summary>
public sealed record TargetView(int Id, IndicatorKey Key, string? Label, decimal Target, decimal? Actual, decimal? Attainment, string Source, string? Evidence);

/// <summary>
/// A project's figures from the records (each defined in docs/grants.md; <c>satisfaction</c> is the participants' mean
/// rating 1–5 over <c>ratings</c> ratings) and each promised indicator's attainment; participation rate = unique people /
/// the application's target population.
/// </summary>
public sealed record ProjectIndicators(int ProjectId, int Services, int PersonTimes, int UniquePeople, int Households, int Volunteers, decimal VolunteerHours,
    int HealthRecords, decimal? Satisfaction, int Ratings, IReadOnlyList<TargetView> Targets, decimal? ParticipationRate, int? TargetPopulation);

public sealed record ProgramSummary(int ProgramId, int Projects, int Communities, decimal Awarded, int Services, int PersonTimes, decimal Budget, decimal Spent,
    int Categories, IReadOnlyList<CategorySummary> ByCategory, int LateReports, int LateMilestones, decimal Contributions, IReadOnlyList<StatusCount> ByStatus,
    IReadOnlyList<IndicatorAttainment> Attainment, IReadOnlyList<MonthFigures> Months, DateTimeOffset? AttainmentAsOf = null);

public sealed record CategorySummary(string Category, int Projects, decimal Awarded, decimal Spent, int Services, int PersonTimes);

public sealed record StatusCount(ProjectStatus Status, int Projects);

/// <summary>An indicator across a program's projects: how many promised it, how many reached the target, the mean of actual ÷ target (null while none has a value).</summary>
public sealed record IndicatorAttainment(IndicatorKey Key, int Projects, int Reached, decimal? MeanAttainment);

/// <summary>Services held and their person-times in a month (China time, "yyyy-MM").</summary>
public sealed record MonthFigures(string Month, int Services, int PersonTimes);

public sealed record ProjectLine(int Id, int ProgramId, string Title, string Category, int CommunityId, string Organization, decimal Amount, DateOnly StartsOn,
    DateOnly EndsOn, ProjectStatus Status, int Services, int PersonTimes, int LateMilestones, int LateReports);

public sealed record ProjectView(int Id, int ProgramId, string Program, int ApplicationId, string Title, string Category, int CommunityId, int OrganizationId,
    string Organization, decimal Amount, decimal Spent, DateOnly StartsOn, DateOnly EndsOn, ProjectStatus Status, ProjectIndicators Indicators,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<BudgetLineView> BudgetLines, IReadOnlyList<ReportLine> Reports, decimal Contributions,
    IReadOnlyList<Surveys.ProjectSurvey> Surveys, IReadOnlyList<Deliberation.ProjectMeeting> Meetings, IReadOnlyList<Contests.ProjectContest> Contests);

/// <summary>A monthly report: <c>month</c> "yyyy-MM" (a month that has ended, inside the project), the narrative.</summary>
public sealed record NewReport(string? Month, string? Narrative);

public sealed record ReportCreated(int Id, int Services, int PersonTimes, int UniquePeople, int Volunteers, decimal VolunteerHours, bool Late);

/// <summary>The foundation's review of a report: accept it, or return it with a comment.</summary>
public sealed record ReportReview(bool? Accept, string? Comment);

public sealed record ReportLine(int Id, int ProjectId, string Month, int Services, int PersonTimes, int UniquePeople, int Volunteers, decimal VolunteerHours,
    decimal Spent, ReportStatus Status, bool Late, DateOnly DueOn, DateTimeOffset SubmittedAt, string? ReviewComment);

public sealed record ReportView(int Id, int ProjectId, string Project, string Month, int Services, int PersonTimes, int UniquePeople, int Volunteers,
    decimal VolunteerHours, decimal Spent, string Narrative, ReportStatus Status, bool Late, DateOnly DueOn, string SubmittedBy, DateTimeOffset SubmittedAt,
    string? ReviewComment, string? ReviewedBy, ProjectActivityDrift Now);

/// <summary>What the records say today for the report's month, beside what was submitted: a late check-in shows as drift.</summary>
public sealed record ProjectActivityDrift(int Services, int PersonTimes, int UniquePeople, int Volunteers, decimal VolunteerHours);

public sealed record MilestoneDone(DateOnly? DoneOn, string? Evidence);

public sealed record NewExpenditure(int? BudgetLineId, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount, DateOnly? On,
    string? Payee, string? Note = null);

/// <summary>A payment of the project: its budget line, amount, day and payee, and whether its voucher is attached.</summary>
public sealed record ExpenditureView(int Id, int BudgetLineId, string BudgetLine, decimal Amount, DateOnly On, string Payee, string? Note, bool HasVoucher, string RecordedBy);

public sealed record IndicatorEvidence([property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Value, string? Evidence);

/// <summary>Move <c>amount</c> (yuan) from one budget line of the project to another, with the reason.</summary>
public sealed record NewBudgetChange(int? FromLineId, int? ToLineId, [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount,
    string? Reason);

/// <summary>The program's officers' decision on a budget change; a comment is required to refuse.</summary>
public sealed record ChangeDecision(bool? Approve, string? Comment = null);

public sealed record BudgetChangeView(int Id, int FromLineId, string FromLine, int ToLineId, string ToLine, decimal Amount, string Reason,
    ChangeStatus Status, string RequestedBy, DateTime RequestedAt, string? DecidedBy, string? Comment);
