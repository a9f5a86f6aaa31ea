using Linli.Web.Modules.Care.Cases;

namespace Linli.Web.Modules.Care.Pages;

// The case page's forms as posted (static server rendering binds each by its form name).
internal sealed class NewSessionForm
{
    public DateOnly? On { get; set; }
    public SessionMode? Mode { get; set; }
    public string? Content { get; set; }
    public string? Response { get; set; }
    public string? NextStep { get; set; }
}

internal sealed class IntakeForm
{
    public string? Family { get; set; }
    public string? Health { get; set; }
    public string? Disability { get; set; }
    public string? Income { get; set; }
    public string? Support { get; set; }
    public string? Risks { get; set; }
}

internal sealed class AssessmentForm
{
    public string? Needs { get; set; }
    public string? Strengths { get; set; }
    public RiskLevel? RiskLevel { get; set; }
}

internal sealed class PlanForm
{
    public string? Goals { get; set; }
    public string? Interventions { get; set; }
    public string? Frequency { get; set; }
    public DateOnly? ReviewOn { get; set; }
}

internal sealed class CrisisForm
{
    public DateOnly? On { get; set; }
    public string? Event { get; set; }
    public string? Response { get; set; }
}

internal sealed class ReferralForm
{
    public int? PartnerId { get; set; }
    public string? To { get; set; }
    public string? Contact { get; set; }
    public string? Need { get; set; }
    public bool? Consent { get; set; }
}

internal sealed class ClosingForm
{
    public string? Reason { get; set; }
    public string? Summary { get; set; }
    public string? Feedback { get; set; }
}

internal sealed class ReviewForm
{
    public string? Note { get; set; }
    public DateOnly? NextReviewOn { get; set; }
}

internal sealed class TransferForm
{
    public string? WorkerId { get; set; }
    public string? Note { get; set; }
}
