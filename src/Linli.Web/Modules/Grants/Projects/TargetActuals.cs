using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>A promised target of a project and what the records show of it (null: a custom one not evidenced yet).</summary>
public sealed record TargetActual(ApplicationIndicator Target, int ProjectId, decimal? Actual)
{
    /// <summary>Reached: the records show at least the promised value.</summary>
    public bool Reached => Actual >= Target.Target;
}

/// <summary>
/// What each promised target of some projects has reached: the one rule the program dashboard's attainment and the
/// dashboards' figures read. Services and person-times come from the activities counted for the projects (given);
/// the others from the figures the scheduler keeps (<see cref="ProjectFigureSnapshot"/>), or, for a project not yet
/// kept (awarded since), live: people and satisfaction in one grouped read, households, volunteers, hours and health
/// records project by project; a custom target from what was evidenced by hand.
/// </summary>
public sealed class TargetActuals(LinliDb db, ActivityDirectory activities, ProjectEvidence evidence)
{
    /// <summary>Each target of the projects (by their application), and the oldest kept figures used (null when none was).</summary>
    public async Task<(IReadOnlyList<TargetActual> Actuals, DateTime? KeptAt)> OfAsync(IReadOnlyDictionary<int, int> projectOfApplication,
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
        var actuals = targets.Select(t => new TargetActual(t, projectOfApplication[t.ApplicationId], Actual(t))).ToList();
        return (actuals, used.Count == 0 ? null : used.Min(p => kept[p].ComputedAt));
    }
}
