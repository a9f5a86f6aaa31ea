using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Evaluation;

/// <summary>
/// Seed 002's three levels of evaluation for a project: each activity scored right after it (coverage = evaluated ÷
/// held); each stage from the records (monthly reports on time, returned, milestones reached and late); and the
/// third party's final evaluation, whose participation rate = people served ÷ the application's target population
/// is computed from the check-ins beside the satisfaction and influence it measured.
/// </summary>
public sealed class EvaluationService(LinliDb db, ProjectsService projects, ActivityDirectory activities, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<int> EvaluateActivityAsync(int projectId, NewActivityEvaluation input, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var held = await activities.HeldInProjectAsync(projectId, cancellationToken);
        if (input.ActivityId is not { } activity || held.All(a => a.Id != activity)) errors["activityId"] = new("Grant.ActivityNotHeldInProject");
        foreach (var (field, score) in new[] { ("feasibility", input.Feasibility), ("effect", input.Effect), ("satisfaction", input.Satisfaction) })
            if (score is not (>= 1 and <= 5)) errors[field] = new("Grant.ScoreOneToFive");
        var note = FieldChecks.OrNull(errors.Text(input.Note, "note", ActivityEvaluation.MaxNote, required: false));
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var evaluation = new ActivityEvaluation(project, input.ActivityId!.Value, (input.Feasibility!.Value, input.Effect!.Value, input.Satisfaction!.Value), note,
            scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(evaluation);
        await db.SaveOrConflictAsync("Grant.ActivityEvaluated", cancellationToken);
        await audit.RecordAsync("grant.activity_evaluated", "GrantProject", projectId.ToString(), $"activity={evaluation.ActivityId}", cancellationToken);
        return evaluation.Id;
    }

    /// <summary>The third party's final evaluation, once per project (409 after).</summary>
    public async Task<int> FinishAsync(int projectId, NewFinalEvaluation input, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Respondents is not (>= 1 and <= 100_000)) errors["respondents"] = new("Grant.RespondentsInvalid");
        if (input.Satisfaction is not (>= 0 and <= 100)) errors["satisfaction"] = new("Grant.PercentInvalid");
        if (input.Influence is not (>= 0 and <= 100)) errors["influence"] = new("Grant.PercentInvalid");
        var findings = errors.Text(input.Findings, "findings", FinalEvaluation.MaxFindings);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var evaluation = new FinalEvaluation(project, input.Respondents!.Value, decimal.Round(input.Satisfaction!.Value, 1), decimal.Round(input.Influence!.Value, 1),
            findings, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(evaluation);
        await db.SaveOrConflictAsync("Grant.FinalEvaluated", cancellationToken);
        await audit.RecordAsync("grant.final_evaluation", "GrantProject", projectId.ToString(), "", cancellationToken);
        return evaluation.Id;
    }

    public async Task<EvaluationView> ReadAsync(int projectId, CancellationToken cancellationToken)
    {
        // The project's page view: scope check, reports, milestones and indicators in one read.
        var view = await projects.ReadAsync(projectId, cancellationToken);
        var held = await activities.HeldInProjectAsync(projectId, cancellationToken);
        var scored = await db.Set<ActivityEvaluation>().AsNoTracking().Where(e => e.ProjectId == projectId).ToDictionaryAsync(e => e.ActivityId, cancellationToken);
        var counted = scored.Values.Where(e => held.Any(a => a.Id == e.ActivityId)).ToList();
        var ratings = held.Sum(a => a.Ratings);
        var level1 = new ActivityLevel(held.Count, counted.Count, Ratio(counted.Count, held.Count), Mean(counted, e => e.Feasibility), Mean(counted, e => e.Effect),
            Mean(counted, e => e.Satisfaction), ratings, ratings == 0 ? null : decimal.Round((decimal)held.Sum(a => a.RatingSum) / ratings, 2),
            [.. held.Select(a => new EvaluatedActivity(a.Id, a.Title, ChinaTime.ToOffset(a.StartsAtUtc), a.PersonTimes,
                scored.TryGetValue(a.Id, out var e) ? new ActivityScores(e.Feasibility, e.Effect, e.Satisfaction, e.Note, e.By) : null))]);

        var reports = view.Reports;
        var level2 = new StageLevel(reports.Count, reports.Count(r => r.Late), reports.Count(r => r.Status == ReportStatus.Returned),
            reports.Count(r => r.Status == ReportStatus.Accepted), view.Milestones.Count, view.Milestones.Count(m => m.DoneOn is not null), view.Milestones.Count(m => m.Late));

        var final = await db.Set<FinalEvaluation>().AsNoTracking().FirstOrDefaultAsync(e => e.ProjectId == projectId, cancellationToken);
        var indicators = view.Indicators;
        var level3 = new FinalLevel(indicators.UniquePeople, indicators.TargetPopulation, indicators.ParticipationRate, final?.Respondents, final?.Satisfaction,
            final?.Influence, final?.Findings, final?.Evaluator, final is null ? null : ChinaTime.ToOffset(final.At));
        return new EvaluationView(view.Id, level1, level2, level3);
    }

    private static decimal? Ratio(int part, int whole) => whole == 0 ? null : decimal.Round((decimal)part / whole, 4);

    private static decimal? Mean(List<ActivityEvaluation> evaluations, Func<ActivityEvaluation, int> score) =>
        evaluations.Count == 0 ? null : decimal.Round((decimal)evaluations.Sum(score) / evaluations.Count, 2);
}
