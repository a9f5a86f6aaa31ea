using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys;

/// <summary>A survey made for a grant project: its responses, and the target count when it has one (the response rate's denominator).</summary>
public sealed record ProjectSurvey(int Id, string Title, SurveyStatus Status, int Responses, int? TargetCount)
{
    public decimal? ResponseRate => TargetCount is > 0 and var target ? decimal.Round((decimal)Responses / target, 4) : null;
}

/// <summary>
/// The surveys of a grant project as the grants module shows them: titles and counts, never an answer. The grants
/// module has decided the caller sees the project — an organization's account sees no community — so the surveys
/// and their responses are read past the community filter (listed in IgnoreQueryFiltersTests) and only counted.
/// </summary>
public sealed class ProjectSurveys(LinliDb db)
{
    public async Task<IReadOnlyList<ProjectSurvey>> OfAsync(int projectId, CancellationToken cancellationToken) =>
        await db.Set<Survey>().IgnoreQueryFilters().AsNoTracking().Where(s => s.GrantProjectId == projectId).OrderBy(s => s.Id)
            .Select(s => new ProjectSurvey(s.Id, s.Title, s.Status, db.Set<SurveyResponse>().IgnoreQueryFilters().Count(r => r.SurveyId == s.Id), s.TargetCount))
            .ToListAsync(cancellationToken);
}
