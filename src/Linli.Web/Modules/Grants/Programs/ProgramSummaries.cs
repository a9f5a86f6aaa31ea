using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Modules.Partners;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Programs;

/// <summary>
/// A program's dashboard figures — projects by category and status, communities, money awarded and spent, services
/// and person-times from the activities held in the projects month by month, the promised indicators' attainment, late
/// milestones and reports, partners' contributions — over the projects the caller sees (all of them for the program's
/// officers).
/// </summary>
public sealed class ProgramSummaries(LinliDb db, ProgramsService programs, ActivityDirectory activities, TargetActuals targetActuals, ContributionsService contributions,
    TimeProvider clock)
{
    public async Task<ProgramSummary> SummaryAsync(int programId, CancellationToken cancellationToken)
    {
        var program = await programs.FindAsync(programId, cancellationToken);
        var projects = await db.Set<GrantProject>().AsNoTracking().Where(p => p.ProgramId == programId)
            .Select(p => new { p.Id, p.ApplicationId, p.CommunityId, p.Category, p.AmountFen, p.Status }).ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var figures = await activities.ProjectFiguresAsync(ids, null, null, withPeopleAndRatings: false, cancellationToken);
        ProjectActivityFigures Of(int id) => figures.GetValueOrDefault(id, ProjectActivityFigures.None);
        var applicationIds = projects.Select(p => p.ApplicationId).ToList();
        var spent = await db.Set<BudgetLine>().Where(l => applicationIds.Contains(l.ApplicationId)).GroupBy(l => l.ApplicationId)
            .Select(g => new { g.Key, Fen = g.Sum(l => l.SpentFen) }).ToDictionaryAsync(x => x.Key, x => x.Fen, cancellationToken);
        var today = ChinaTime.Today(clock);
        var lateMilestones = await db.Set<Milestone>().CountAsync(m => applicationIds.Contains(m.ApplicationId) && (m.DoneOn == null ? m.DueOn < today : m.DoneOn > m.DueOn),
            cancellationToken);
        var lateReports = await db.Set<MonthlyReport>().CountAsync(r => r.ProgramId == programId && r.Late, cancellationToken);
        var given = await contributions.ForProjectsAsync(ids, cancellationToken);
        var byCategory = projects.GroupBy(p => p.Category).Select(g => new CategorySummary(g.Key, g.Count(), Money.Yuan(g.Sum(p => p.AmountFen)),
                Money.Yuan(g.Sum(p => spent.GetValueOrDefault(p.ApplicationId))), g.Sum(p => Of(p.Id).Services), g.Sum(p => Of(p.Id).PersonTimes)))
            .OrderByDescending(c => c.Projects).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        var byStatus = projects.GroupBy(p => p.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Count())).ToList();
        var (attainment, asOf) = await AttainmentAsync(projects.ToDictionary(p => p.ApplicationId, p => p.Id), Of, cancellationToken);
        var months = (await activities.HeldStartsAsync(ids, cancellationToken)).GroupBy(a => MonthKey.Key(DateOnly.FromDateTime(ChinaTime.FromUtc(a.StartsAtUtc))))
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new MonthFigures(g.Key, g.Count(), g.Sum(a => a.PersonTimes))).ToList();
        return new ProgramSummary(programId, projects.Count, projects.Select(p => p.CommunityId).Distinct().Count(), Money.Yuan(projects.Sum(p => p.AmountFen)),
            figures.Values.Sum(f => f.Services), figures.Values.Sum(f => f.PersonTimes), Money.Yuan(program.BudgetFen), Money.Yuan(spent.Values.Sum()), byCategory.Count,
            byCategory, lateReports, lateMilestones, given.Values.Sum(), byStatus, attainment, months, asOf);
    }

    /// <summary>
    /// Each promised indicator across the projects: how many promised it, how many reached their target, the mean of
    /// actual ÷ target, and when the kept figures it used were computed (<see cref="TargetActuals"/>).
    /// </summary>
    private async Task<(IReadOnlyList<IndicatorAttainment> Attainment, DateTimeOffset? AsOf)> AttainmentAsync(Dictionary<int, int> projectOfApplication,
        Func<int, ProjectActivityFigures> figures, CancellationToken cancellationToken)
    {
        var (actuals, keptAt) = await targetActuals.OfAsync(projectOfApplication, figures, cancellationToken);
        var attainment = actuals.GroupBy(a => a.Target.Key).OrderBy(g => g.Key).Select(g =>
        {
            var known = g.Where(a => a.Actual is not null).ToList();
            return new IndicatorAttainment(g.Key, g.Count(), g.Count(a => a.Reached),
                known.Count == 0 ? null : decimal.Round(known.Average(a => a.Actual!.Value / a.Target.Target), 4));
        }).ToList();
        return (attainment, keptAt is { } at ? ChinaTime.ToOffset(at) : null);
    }
}
