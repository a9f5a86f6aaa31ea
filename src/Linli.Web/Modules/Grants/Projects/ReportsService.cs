using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>
/// Monthly reports: the figures are filled from the records of the month when the report is submitted — the narrative
/// is the only thing typed — then the program's officers accept it or return it with a comment.
/// </summary>
public sealed class ReportsService(LinliDb db, ProjectsService projects, ProgramsService programs, ProjectEvidence evidence, AccessScope scope, AuditLog audit,
    TimeProvider clock)
{
    public async Task<ReportCreated> SubmitAsync(int projectId, NewReport input, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var narrative = errors.Text(input.Narrative, "narrative", MonthlyReport.MaxNarrative);
        var today = ChinaTime.Today(clock);
        if (!MonthKey.TryParse(input.Month, out var first))
            errors["month"] = new("Grant.MonthInvalid");
        else if (first.AddMonths(1) > today) errors["month"] = new("Grant.MonthNotEnded");
        else if (first.AddMonths(1) <= project.StartsOn || first > project.EndsOn) errors["month"] = new("Grant.OutsideProjectPeriod");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var month = MonthKey.Key(first);
        if (await db.Set<MonthlyReport>().AnyAsync(r => r.ProjectId == projectId && r.Month == month, cancellationToken)) throw new ConflictException("Grant.ReportExists");

        var program = await db.Set<GrantProgram>().IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.Id == project.ProgramId, cancellationToken);
        var report = new MonthlyReport(project, month, program.ReportDueOn(first.Year, first.Month));
        var figures = await FiguresAsync(project, first, cancellationToken);
        report.Submit(figures, await SpentAsync(project, first, cancellationToken), narrative, scope.UserName ?? "",
            clock.GetUtcNow().UtcDateTime, today);
        db.Add(report);
        await db.SaveOrConflictAsync("Grant.ReportExists", cancellationToken);
        await audit.RecordAsync("grant.report", "GrantProject", projectId.ToString(), $"report={report.Id} month={month} late={report.Late}", cancellationToken);
        return Created(report);
    }

    /// <summary>A returned report sent again with a new narrative: the figures are taken from the records again.</summary>
    public async Task<ReportCreated> ResubmitAsync(int reportId, NewReport input, CancellationToken cancellationToken)
    {
        var report = await db.Set<MonthlyReport>().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var narrative = errors.Text(input.Narrative, "narrative", MonthlyReport.MaxNarrative);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (report.Status != ReportStatus.Returned) throw new ConflictException("Grant.ReportNotReturned");
        var project = await projects.FindAsync(report.ProjectId, cancellationToken);
        var first = MonthKey.First(report.Month);
        var figures = await FiguresAsync(project, first, cancellationToken);
        report.Submit(figures, await SpentAsync(project, first, cancellationToken), narrative, scope.UserName ?? "",
            clock.GetUtcNow().UtcDateTime, ChinaTime.Today(clock));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.report-resubmitted", "GrantProject", project.Id.ToString(), $"report={report.Id}", cancellationToken);
        return Created(report);
    }

    /// <summary>The program's officers accept a report or return it; a return says why.</summary>
    public async Task<ReportLine> ReviewAsync(int reportId, ReportReview input, CancellationToken cancellationToken)
    {
        var report = await db.Set<MonthlyReport>().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken) ?? throw new NotFoundException();
        programs.EnsureManages(await programs.FindAsync(report.ProgramId, cancellationToken));
        var errors = new Dictionary<string, FieldError>();
        if (input.Accept is null) errors["accept"] = new("Validation.Required");
        var comment = errors.Text(input.Comment, "comment", MonthlyReport.MaxComment, required: input.Accept == false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (report.Status != ReportStatus.Submitted) throw new ConflictException("Grant.ReportNotWaiting");
        report.Review(input.Accept!.Value, comment.Length == 0 ? null : comment, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(input.Accept.Value ? "grant.report-accepted" : "grant.report-returned", "GrantProject", report.ProjectId.ToString(),
            $"report={reportId}", cancellationToken);
        return Line(report);
    }

    public async Task<ReportView> ReadAsync(int reportId, CancellationToken cancellationToken)
    {
        var r = await db.Set<MonthlyReport>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == reportId, cancellationToken) ?? throw new NotFoundException();
        var project = await projects.FindAsync(r.ProjectId, cancellationToken);
        var now = await FiguresAsync(project, MonthKey.First(r.Month), cancellationToken);
        return new ReportView(r.Id, r.ProjectId, project.Title, r.Month, r.Services, r.PersonTimes, r.UniquePeople, r.Volunteers, r.VolunteerHours, Money.Yuan(r.SpentFen),
            r.Narrative, r.Status, r.Late, r.DueOn, r.SubmittedBy, ChinaTime.ToOffset(r.SubmittedAt), r.ReviewComment, r.ReviewedBy,
            new ProjectActivityDrift(now.Services, now.PersonTimes, now.UniquePeople, now.Volunteers, now.VolunteerHours));
    }

    /// <summary>Reports waiting for the program's officers, oldest first.</summary>
    public async Task<IReadOnlyList<ReportLine>> WaitingAsync(int programId, CancellationToken cancellationToken) =>
        [.. (await db.Set<MonthlyReport>().AsNoTracking().Where(r => r.ProgramId == programId && r.Status == ReportStatus.Submitted).OrderBy(r => r.SubmittedAt)
            .Take(500).ToListAsync(cancellationToken)).Select(Line)];

    /// <summary>The month's figures: activities of the project that began in that China-time month and were held, their check-ins and volunteers.</summary>
    private Task<ProjectFigures> FiguresAsync(GrantProject project, DateOnly first, CancellationToken cancellationToken) =>
        evidence.OfAsync(project.Id, cancellationToken, ChinaTime.ToUtc(first.ToDateTime(TimeOnly.MinValue)), ChinaTime.ToUtc(first.AddMonths(1).ToDateTime(TimeOnly.MinValue)));

    private static ReportCreated Created(MonthlyReport r) => new(r.Id, r.Services, r.PersonTimes, r.UniquePeople, r.Volunteers, r.VolunteerHours, r.Late);

    /// <summary>Spending booked in the month.</summary>
    private async Task<long> SpentAsync(GrantProject project, DateOnly first, CancellationToken cancellationToken)
    {
        var last = first.AddMonths(1);
        return await db.Set<Expenditure>().Where(e => e.ProjectId == project.Id && e.On >= first && e.On < last).SumAsync(e => (long?)e.AmountFen, cancellationToken) ?? 0;
    }

    internal static ReportLine Line(MonthlyReport r) => new(r.Id, r.ProjectId, r.Month, r.Services, r.PersonTimes, r.UniquePeople, r.Volunteers, r.VolunteerHours,
        Money.Yuan(r.SpentFen), r.Status, r.Late, r.DueOn, ChinaTime.ToOffset(r.SubmittedAt), r.ReviewComment);
}
