namespace Linli.Web.Modules.Grants.Evaluation;

/// <summary>An activity of the project scored right after it: feasibility, effect, satisfaction, 1–5 each.</summary>
public sealed record NewActivityEvaluation(int? ActivityId, int? Feasibility, int? Effect, int? Satisfaction, string? Note = null);

/// <summary>The third party's final evaluation: questionnaire respondents, satisfaction and influence (0–100), findings.</summary>
public sealed record NewFinalEvaluation(int? Respondents, decimal? Satisfaction, decimal? Influence, string? Findings);

public sealed record ActivityScores(int Feasibility, int Effect, int Satisfaction, string? Note, string By);

public sealed record EvaluatedActivity(int Id, string Title, DateTimeOffset StartsAt, int PersonTimes, ActivityScores? Evaluation);

/// <summary>Coverage = evaluated ÷ held; means of the scores; the participants' own ratings (count, mean 1–5).</summary>
public sealed record ActivityLevel(int Held, int Evaluated, decimal? Coverage, decimal? MeanFeasibility, decimal? MeanEffect, decimal? MeanSatisfaction,
    int Ratings, decimal? MeanRating, IReadOnlyList<EvaluatedActivity> Activities);

public sealed record StageLevel(int Reports, int LateReports, int ReturnedReports, int AcceptedReports, int Milestones, int MilestonesReached, int LateMilestones);

/// <summary>Participation rate = people served (distinct people checked in) ÷ the application's target population.</summary>
public sealed record FinalLevel(int PeopleServed, int? TargetPopulation, decimal? ParticipationRate, int? Respondents, decimal? Satisfaction, decimal? Influence,
    string? Findings, string? Evaluator, DateTimeOffset? EvaluatedAt);

public sealed record EvaluationView(int ProjectId, ActivityLevel ActivityLevel, StageLevel StageLevel, FinalLevel Final);
