using System.Text.Json.Serialization;

namespace Linli.Web.Modules.Grants.Oversight;

/// <summary>A mid-term or closing review: <c>items</c> are required when the conclusion is Rectify.</summary>
public sealed record NewProjectReview(ReviewStage? Stage, DateOnly? HeldOn, string? Findings, ReviewConclusion? Conclusion, IReadOnlyList<NewRectification>? Items = null);

public sealed record NewRectification(string? Description, DateOnly? DueOn);

public sealed record RectificationDone(string? Evidence, DateOnly? DoneOn = null);

public sealed record ProjectReviewView(int Id, ReviewStage Stage, DateOnly HeldOn, string Findings, ReviewConclusion Conclusion, string ReviewedBy,
    IReadOnlyList<RectificationView> Items);

public sealed record RectificationView(int Id, string Description, DateOnly DueOn, DateOnly? DoneOn, string? Evidence, bool Late);

/// <summary>
/// The funding agreement: its number, the day it was signed, and the tranches in the order they are paid (amounts in
/// yuan adding up to the amount awarded), each released by a milestone, a stage's review, or nothing (on signing).
/// </summary>
public sealed record NewAgreement(string? Number, DateOnly? SignedOn, IReadOnlyList<NewTranche>? Tranches);

public sealed record NewTranche([property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal? Amount, int? MilestoneId = null,
    ReviewStage? AfterReview = null);

public sealed record TranchePayment(DateOnly? PaidOn, string? Note = null);

public sealed record AgreementView(int ProjectId, string? Number, DateOnly? SignedOn, decimal Amount, decimal Paid, IReadOnlyList<TrancheView> Tranches);

/// <summary>A tranche; <c>released</c> says whether its condition is met (its milestone reached, its stage's review passed).</summary>
public sealed record TrancheView(int Id, int Sequence, decimal Amount, int? MilestoneId, string? Milestone, ReviewStage? AfterReview, bool Released, DateOnly? PaidOn,
    string? PaidBy, string? Note);
