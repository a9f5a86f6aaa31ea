using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Surveys;

/// <summary>
/// The surveys' figures for the dashboards: surveys closed in the period, responses submitted in it (every channel:
/// portal, paper, door to door), and the response rate of the surveys closed in the period that set a number of
/// responses to reach (their responses ÷ their targets, together).
/// </summary>
public sealed class SurveyFigures(LinliDb db) : IFigureSource
{
    public const string Closed = "surveysClosed", Responses = "surveyResponses", ResponseRate = "surveyResponseRate";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Closed, "Figure.SurveysClosed", "Unit.Surveys", Additive: true, ListPath: "/console/surveys"),
        new(Responses, "Figure.SurveyResponses", "Unit.Copies", Additive: true, ListPath: "/console/surveys"),
        new(ResponseRate, "Figure.SurveyResponseRate", "Unit.Percent", Additive: false, ListPath: "/console/surveys"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var (ids, from, to) = (window.CommunityIds, window.StartUtc, window.EndUtc);
        return FigureRules.ByCommunity(ids,
            (Closed, await FigureRules.CountPerCommunityAsync(ClosedIn(window), s => s.CommunityId, cancellationToken)),
            (Responses, await FigureRules.CountPerCommunityAsync(db.Set<SurveyResponse>().Where(r => ids.Contains(r.CommunityId) && r.SubmittedAt >= from && r.SubmittedAt < to),
                r => r.CommunityId, cancellationToken)));
    }

    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var targeted = ClosedIn(window).Where(s => s.TargetCount > 0);
        var target = await targeted.SumAsync(s => (long)s.TargetCount!.Value, cancellationToken);
        var responses = await db.Set<SurveyResponse>().CountAsync(r => targeted.Any(s => s.Id == r.SurveyId), cancellationToken);
        return new Dictionary<string, decimal> { [ResponseRate] = FigureRules.Percent(responses, target) };
    }

    private IQueryable<Survey> ClosedIn(FigureWindow window)
    {
        var (ids, from, to) = (window.CommunityIds, window.StartUtc, window.EndUtc);
        return db.Set<Survey>().Where(s => ids.Contains(s.CommunityId) && s.Status == SurveyStatus.Closed && s.ClosedAt >= from && s.ClosedAt < to);
    }
}
