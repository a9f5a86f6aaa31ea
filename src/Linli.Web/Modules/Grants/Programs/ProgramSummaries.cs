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
public sealed class ProgramSummaries(LinliDb db, ProgramsService programs, ActivityDirectory activities, ProjectEvidence evidence, ContributionsService contributions,
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
    /// actual ÷ target, and when the kept figures it used were computed. Services and person-times come from the
    /// figures already counted live for every project; the others from the figures the scheduler keeps
    /// (<see cref="ProjectFigureSnapshot"/>). A project not yet refreshed (awarded since) is read live: people and
    /// satisfaction in one grouped read, households, volunteers, hours and health records project by project.
    /// </summary>
    private async Task<(IReadOnlyList<IndicatorAttainment> Attainment, DateTimeOffset? AsOf)> AttainmentAsync(Dictionary<int, int> projectOfApplication,
        Func<int, ProjectActivityFigures> figures, CancellationToken cancellationToken)
    {
        var applicationIds = projectOfApplication.Keys.ToList();
        var targets = await db.Set<ApplicationIndicator>().AsNoTracking().Where(i => applicationIds.Contains(i.ApplicationId)).ToListAsync(cancellationToken);
        var projectIds = projectOfApplication.Values.ToList();
        var kept = await db.Set<ProjectFigureSnapshot>().AsNoTracking().Where(s => projectIds.Contains(s.ProjectId)).ToDictionaryAsync(s => s.ProjectId, cancellationToken);
        List<int> Unkept(params IndicatorKey[] keys) =>
            [.. targets.Where(t => keys.Contains(t.Key)).Select(t => projectOfApplication[t.ApplicationId]).Where(p => !kept.ContainsKey(p)).Distinct()];
        var people = await activities.ProjectFiguresAsync(Unkept(IndicatorKey.UniquePeople, IndicatorKey.Satisfaction), null, null, withPeopleAndRatings: true,
            cancellationToken);
        var evidenced = new Dictionary<int, ProjectFigures>();
        foreach (var project in Unkept(IndicatorKey.Households, IndicatorKey.Volunteers, IndicatorKey.VolunteerHours, IndicatorKey.HealthRecords))
            evidenced[project] = await evidence.OfAsync(project, cancellationToken);
        var used = new HashSet<int>();
        decimal? Actual(ApplicationIndicator t)
        {
            var project = projectOfApplication[t.ApplicationId];
            switch (t.Key)
            {
                case IndicatorKey.Services: return figures(project).Services;
                case IndicatorKey.PersonTimes: return figures(project).PersonTimes;
                case IndicatorKey.Custom: return t.Evidenced;
            }
            if (kept.TryGetValue(project, out var snapshot))
            {
                used.Add(project);
                return snapshot.Figures.Of(t.Key);
            }
            return t.Key switch
            {
                IndicatorKey.UniquePeople => people.GetValueOrDefault(project, ProjectActivityFigures.None).UniquePeople,
                IndicatorKey.Satisfaction => people.GetValueOrDefault(project, ProjectActivityFigures.None).Satisfaction,
                _ => evidenced[project].Of(t.Key),
            };
        }
        var attainment = targets.Select(t => (t.Key, t.Target, Actual: Actual(t))).GroupBy(t => t.Key).OrderBy(g => g.Key).Select(g =>
        {
            var known = g.Where(t => t.Actual is not null).ToList();
            return new IndicatorAttainment(g.Key, g.Count(), g.Count(t => t.Actual >= t.Target),
                known.Count == 0 ? null : decimal.Round(known.Average(t => t.Actual!.Value / t.Target), 4));
        }).ToList();
        return (attainment, used.Count == 0 ? null : ChinaTime.ToOffset(used.Min(p => kept[p].ComputedAt)));
    }
}
