using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Grants.Evaluation;

/// <summary>
/// The first level of seed 002's evaluation: right after an activity of the project, its supervisor or worker scores
/// its feasibility, effect and the participants' satisfaction (1–5 each) with a note. One per activity.
/// </summary>
public sealed class ActivityEvaluation : IOrganizationRun
{
    public const int MaxNote = 500;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int ActivityId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public int Feasibility { get; private set; }
    public int Effect { get; private set; }
    public int Satisfaction { get; private set; }
    public string? Note { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    private ActivityEvaluation() { }

    public ActivityEvaluation(Projects.GrantProject project, int activityId, (int Feasibility, int Effect, int Satisfaction) scores, string? note, string by, DateTime at)
    {
        (ProjectId, CommunityId, OrganizationId, ActivityId) = (project.Id, project.CommunityId, project.OrganizationId, activityId);
        (Feasibility, Effect, Satisfaction, Note, By, At) = (scores.Feasibility, scores.Effect, scores.Satisfaction, note, by, at);
    }
}

/// <summary>
/// The third level: a third-party evaluator's final evaluation of the project — satisfaction from its questionnaire
/// (respondents, 0–100), influence (0–100) and findings. The participation rate beside it is computed, never typed.
/// </summary>
public sealed class FinalEvaluation : IOrganizationRun
{
    public const int MaxFindings = 4000;

    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public int CommunityId { get; private set; }
    public int OrganizationId { get; private set; }
    public int Respondents { get; private set; }
    public decimal Satisfaction { get; private set; }
    public decimal Influence { get; private set; }
    public string Findings { get; private set; } = "";
    public string Evaluator { get; private set; } = "";
    public DateTime At { get; private set; }

    private FinalEvaluation() { }

    public FinalEvaluation(Projects.GrantProject project, int respondents, decimal satisfaction, decimal influence, string findings, string evaluator, DateTime at)
    {
        (ProjectId, CommunityId, OrganizationId) = (project.Id, project.CommunityId, project.OrganizationId);
        (Respondents, Satisfaction, Influence, Findings, Evaluator, At) = (respondents, satisfaction, influence, findings, evaluator, at);
    }
}
