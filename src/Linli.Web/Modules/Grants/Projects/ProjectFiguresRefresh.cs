using Linli.Web.Platform.Data;
using Linli.Web.Platform.Jobs;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>
/// Recomputes the kept figures (<see cref="ProjectFigureSnapshot"/>) of every running project and of those closed in
/// the last <see cref="ClosedDays"/> days (a sign-in sheet typed in late still counts), one project at a time through
/// <see cref="ProjectEvidence"/>. Runs on the scheduler as the system; safe to run twice (the last write wins, and
/// both wrote what the records said).
/// </summary>
public sealed class ProjectFiguresRefresh(LinliDb db, ProjectEvidence evidence, TimeProvider clock) : IPeriodicWork
{
    public const int ClosedDays = 60;

    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var since = ChinaTime.Today(clock).AddDays(-ClosedDays);
        var projects = await db.Set<GrantProject>().AsNoTracking().Where(p => p.Status == ProjectStatus.Running || p.ClosedOn >= since).OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            var figures = await evidence.OfAsync(project.Id, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var kept = await db.Set<ProjectFigureSnapshot>().FirstOrDefaultAsync(s => s.ProjectId == project.Id, cancellationToken);
            if (kept is null) db.Add(new ProjectFigureSnapshot(project, figures, now));
            else kept.Take(figures, now);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return projects.Count;
    }
}
