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
/// A program's dashboard figures — projects, communities, money awarded and spent, services and person-times from
/// the activities held in the projects, late milestones and reports, partners' contributions — over the projects the
/// caller sees (all of them for the program's officers).
/// </summary>
public sealed class ProgramSummaries(LinliDb db, ProgramsService programs, ActivityDirectory activities, ContributionsService contributions, TimeProvider clock)
{
    public async Task<ProgramSummary> SummaryAsync(int programId, CancellationToken cancellationToken)
    {
        var program = await programs.FindAsync(programId, cancellationToken);
        var projects = await db.Set<GrantProject>().AsNoTracking().Where(p => p.ProgramId == programId)
            .Select(p => new { p.Id, p.ApplicationId, p.CommunityId, p.Category, p.AmountFen }).ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var figures = await activities.ProjectFiguresAsync(ids, null, null, withUniquePeople: false, cancellationToken);
        var applicationIds = projects.Select(p => p.ApplicationId).ToList();
        var spent = await db.Set<BudgetLine>().Where(l => applicationIds.Contains(l.ApplicationId)).SumAsync(l => (long?)l.SpentFen, cancellationToken) ?? 0;
        var today = ChinaTime.Today(clock);
        var lateMilestones = await db.Set<Milestone>().CountAsync(m => applicationIds.Contains(m.ApplicationId) && (m.DoneOn == null ? m.DueOn < today : m.DoneOn > m.DueOn),
            cancellationToken);
        var lateReports = await db.Set<MonthlyReport>().CountAsync(r => r.ProgramId == programId && r.Late, cancellationToken);
        var given = await contributions.ForProjectsAsync(ids, cancellationToken);
        var byCategory = projects.GroupBy(p => p.Category).Select(g => new CategorySummary(g.Key, g.Count(), Money.Yuan(g.Sum(p => p.AmountFen)),
                g.Sum(p => figures.GetValueOrDefault(p.Id, ProjectActivityFigures.None).Services), g.Sum(p => figures.GetValueOrDefault(p.Id, ProjectActivityFigures.None).PersonTimes)))
            .OrderByDescending(c => c.Projects).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        return new ProgramSummary(programId, projects.Count, projects.Select(p => p.CommunityId).Distinct().Count(), Money.Yuan(projects.Sum(p => p.AmountFen)),
            figures.Values.Sum(f => f.Services), figures.Values.Sum(f => f.PersonTimes), Money.Yuan(program.BudgetFen), Money.Yuan(spent), byCategory.Count, byCategory,
            lateReports, lateMilestones, given.Values.Sum());
    }
}
