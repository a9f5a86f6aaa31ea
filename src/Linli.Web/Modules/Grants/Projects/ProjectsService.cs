using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Partners;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>Awarded projects: their figures from the activities held in them, milestones, spending against budget lines.</summary>
public sealed class ProjectsService(LinliDb db, ActivityDirectory activities, ProjectEvidence evidence, ProjectRecords records, ApplicationsQueries applications, PartnerDirectory partners,
    ContributionsService contributions, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<GrantProject> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<GrantProject>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>
    /// The project's figures and each promised indicator's attainment. Services, person-times and people come from
    /// the activities held in it; a custom indicator shows the value evidenced by hand, marked so. Participation rate =
    /// distinct people / the target population of the application.
    /// </summary>
    public async Task<ProjectIndicators> IndicatorsAsync(int id, CancellationToken cancellationToken) => await IndicatorsOfAsync(await FindAsync(id, cancellationToken), cancellationToken);

    private async Task<ProjectIndicators> IndicatorsOfAsync(GrantProject project, CancellationToken cancellationToken)
    {
        var f = await evidence.OfAsync(project.Id, cancellationToken);
        var targets = await db.Set<ApplicationIndicator>().AsNoTracking().Where(i => i.ApplicationId == project.ApplicationId).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var population = await db.Set<GrantApplication>().Where(a => a.Id == project.ApplicationId).Select(a => a.TargetPopulation).FirstAsync(cancellationToken);
        return new ProjectIndicators(project.Id, f.Services, f.PersonTimes, f.UniquePeople, f.Households, f.Volunteers, f.VolunteerHours, f.HealthRecords, f.Satisfaction,
            f.Ratings, [.. targets.Select(t => Target(t, f))], population is { } p ? decimal.Round((decimal)f.UniquePeople / p, 4) : null, population);
    }

    /// <summary>A promised indicator beside its actual value: computed from the records, or evidenced by hand for a custom one.</summary>
    internal static TargetView Target(ApplicationIndicator indicator, ProjectFigures? figures)
    {
        var actual = indicator.Key == IndicatorKey.Custom ? indicator.Evidenced : figures?.Of(indicator.Key);
        return new TargetView(indicator.Id, indicator.Key, indicator.Label, indicator.Target, actual, actual is { } a ? decimal.Round(a / indicator.Target, 4) : null,
            indicator.Key == IndicatorKey.Custom ? "Evidenced" : "Computed", indicator.Evidence);
    }

    public async Task<IReadOnlyList<ProjectLine>> ListAsync(int? programId, int? communityId, CancellationToken cancellationToken)
    {
        var query = db.Set<GrantProject>().AsNoTracking();
        if (programId is not null) query = query.Where(p => p.ProgramId == programId);
        if (communityId is not null) query = query.Where(p => p.CommunityId == communityId);
        var projects = await query.OrderBy(p => p.ProgramId).ThenBy(p => p.Id).Take(1000).ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var figures = await activities.ProjectFiguresAsync(ids, null, null, withPeopleAndRatings: false, cancellationToken);
        var names = await partners.NamesAsync(projects.Select(p => p.OrganizationId), cancellationToken);
        var today = ChinaTime.Today(clock);
        var applicationIds = projects.Select(p => p.ApplicationId).ToList();
        var lateMilestones = await db.Set<Milestone>().Where(m => applicationIds.Contains(m.ApplicationId) && (m.DoneOn == null ? m.DueOn < today : m.DoneOn > m.DueOn))
            .GroupBy(m => m.ApplicationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var lateReports = await db.Set<MonthlyReport>().Where(r => ids.Contains(r.ProjectId) && r.Late)
            .GroupBy(r => r.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. projects.Select(p =>
        {
            var f = figures.GetValueOrDefault(p.Id, ProjectActivityFigures.None);
            return new ProjectLine(p.Id, p.ProgramId, p.Title, p.Category, p.CommunityId, names.GetValueOrDefault(p.OrganizationId, ""), Money.Yuan(p.AmountFen), p.StartsOn,
                p.EndsOn, p.Status, f.Services, f.PersonTimes, lateMilestones.GetValueOrDefault(p.ApplicationId), lateReports.GetValueOrDefault(p.Id));
        })];
    }

    public async Task<ProjectView> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var p = await FindAsync(id, cancellationToken);
        var program = await db.Set<GrantProgram>().Where(x => x.Id == p.ProgramId).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var lines = await applications.BudgetLinesAsync(p.ApplicationId, cancellationToken);
        var reports = await db.Set<MonthlyReport>().AsNoTracking().Where(r => r.ProjectId == id).OrderByDescending(r => r.Month).ToListAsync(cancellationToken);
        var names = await partners.NamesAsync([p.OrganizationId], cancellationToken);
        var given = await contributions.ForProjectsAsync([id], cancellationToken);
        var made = await records.OfAsync(id, cancellationToken);
        return new ProjectView(p.Id, p.ProgramId, program, p.ApplicationId, p.Title, p.Category, p.CommunityId, p.OrganizationId, names.GetValueOrDefault(p.OrganizationId, ""),
            Money.Yuan(p.AmountFen), lines.Sum(l => l.Spent), p.StartsOn, p.EndsOn, p.Status, await IndicatorsOfAsync(p, cancellationToken),
            await applications.MilestonesAsync(p.ApplicationId, cancellationToken), lines, [.. reports.Select(ReportsService.Line)], given.GetValueOrDefault(id),
            made.Surveys, made.Meetings, made.Contests);
    }

    /// <summary>Applications an organization submitted with the community that wait for the community's endorsement.</summary>
    public Task<int> EndorsementsWaitingAsync(int communityId, CancellationToken cancellationToken) =>
        db.Set<GrantApplication>().CountAsync(a => a.CommunityId == communityId && a.Status == ApplicationStatus.Submitted && a.EndorsedAt == null, cancellationToken);

    /// <summary>
    /// The community's running projects: months whose report is past due and not in (counted from the project's first
    /// month to its last, by the program's report day), and milestones past their day without being reached.
    /// </summary>
    public async Task<(int Reports, int Milestones)> DuesAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var running = await db.Set<GrantProject>().AsNoTracking().Where(p => p.CommunityId == communityId && p.Status == ProjectStatus.Running)
            .Select(p => new { p.Id, p.ApplicationId, p.ProgramId, p.StartsOn, p.EndsOn }).ToListAsync(cancellationToken);
        if (running.Count == 0) return (0, 0);
        var ids = running.Select(p => p.Id).ToList();
        var reported = (await db.Set<MonthlyReport>().Where(r => ids.Contains(r.ProjectId)).Select(r => new { r.ProjectId, r.Month }).ToListAsync(cancellationToken))
            .Select(r => (r.ProjectId, r.Month)).ToHashSet();
        var programIds = running.Select(p => p.ProgramId).Distinct().ToList();
        var reportDays = await db.Set<GrantProgram>().IgnoreQueryFilters().Where(p => programIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var due = 0;
        foreach (var project in running)
        {
            for (var month = new DateOnly(project.StartsOn.Year, project.StartsOn.Month, 1); month <= project.EndsOn; month = month.AddMonths(1))
            {
                if (reportDays[project.ProgramId].ReportDueOn(month.Year, month.Month) >= today) break;
                if (!reported.Contains((project.Id, MonthKey.Key(month)))) due++;
            }
        }
        var applicationIds = running.Select(p => p.ApplicationId).ToList();
        var late = await db.Set<Milestone>().CountAsync(m => applicationIds.Contains(m.ApplicationId) && m.DoneOn == null && m.DueOn < today, cancellationToken);
        return (due, late);
    }

    /// <summary>A milestone reached, with its evidence (an activity, a survey, photos, in words); late if after its day.</summary>
    public async Task<MilestoneView> CompleteMilestoneAsync(int id, int milestoneId, MilestoneDone input, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        var milestone = await db.Set<Milestone>().FirstOrDefaultAsync(m => m.Id == milestoneId && m.ApplicationId == project.ApplicationId, cancellationToken)
            ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var evidence = errors.Text(input.Evidence, "evidence", Milestone.MaxEvidence);
        var today = ChinaTime.Today(clock);
        var on = input.DoneOn ?? today;
        if (on > today) errors["doneOn"] = new("Partner.DateInFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (milestone.DoneOn is not null) throw new ConflictException("Grant.MilestoneDone");
        milestone.Done(on, evidence);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.milestone", "GrantProject", id.ToString(), $"milestone={milestoneId} on={on:yyyy-MM-dd}", cancellationToken);
        return new MilestoneView(milestone.Id, milestone.Name, milestone.DueOn, milestone.DoneOn, milestone.Evidence, milestone.Late(today));
    }

    /// <summary>
    /// Money spent on a budget line, with its voucher when one came along (already checked and added by the caller, so
    /// it is written in the same transaction). The line's spent sum moves by a conditional update that refuses to pass
    /// the line's amount, so two entries at once cannot overspend it together.
    /// </summary>
    public async Task<int> SpendAsync(int id, NewExpenditure input, CancellationToken cancellationToken, Platform.Files.StoredFile? voucher = null)
    {
        var project = await FindAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var line = input.BudgetLineId is { } lineId
            ? await db.Set<BudgetLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId && l.ApplicationId == project.ApplicationId, cancellationToken)
            : null;
        if (line is null) errors["budgetLineId"] = new("Grant.BudgetLineNotFound");
        var amount = Money.Fen(input.Amount);
        if (amount is null) errors["amount"] = new("Disclosure.AmountInvalid");
        var payee = errors.Text(input.Payee, "payee", Expenditure.MaxText);
        var note = errors.Text(input.Note, "note", Expenditure.MaxText, required: false);
        var today = ChinaTime.Today(clock);
        if (input.On is not { } on) errors["on"] = new("Validation.Required");
        else if (on > today || on < project.StartsOn || on > project.EndsOn) errors["on"] = new("Grant.OutsideProjectPeriod");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.Status == ProjectStatus.Closed) throw new ConflictException("Grant.ProjectClosed");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fen = amount!.Value;
        if (await db.Set<BudgetLine>().Where(l => l.Id == line!.Id && l.SpentFen + fen <= l.AmountFen)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.SpentFen, l => l.SpentFen + fen), cancellationToken) == 0)
            throw new FieldValidationException("amount", "Grant.BeyondBudgetLine", Money.Yuan(line!.AmountFen - line.SpentFen));
        var expenditure = new Expenditure(project, line!.Id, fen, input.On!.Value, payee, note.Length == 0 ? null : note, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        expenditure.Vouched(voucher?.Id);
        db.Add(expenditure);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.spent", "GrantProject", id.ToString(), $"line={line.Id} fen={fen}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return expenditure.Id;
    }

    /// <summary>The value of a custom indicator, reported by hand with its evidence: shown as evidenced, never as computed.</summary>
    public async Task<TargetView> EvidenceAsync(int id, int indicatorId, IndicatorEvidence input, CancellationToken cancellationToken)
    {
        var project = await FindAsync(id, cancellationToken);
        var indicator = await db.Set<ApplicationIndicator>().FirstOrDefaultAsync(i => i.Id == indicatorId && i.ApplicationId == project.ApplicationId, cancellationToken)
            ?? throw new NotFoundException();
        if (indicator.Key != IndicatorKey.Custom) throw new ConflictException("Grant.IndicatorComputed");
        var errors = new Dictionary<string, FieldError>();
        if (input.Value is not (>= 0 and <= 100_000_000)) errors["value"] = new("Validation.Range", 0, 100_000_000);
        var evidence = errors.Text(input.Evidence, "evidence", Milestone.MaxEvidence);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        indicator.Report(input.Value!.Value, evidence);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.evidenced", "GrantProject", id.ToString(), $"indicator={indicatorId} value={input.Value}", cancellationToken);
        return Target(indicator, null);
    }
}
