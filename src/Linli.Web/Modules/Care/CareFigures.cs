using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Care.Requests;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care;

/// <summary>
/// Care's figures for the dashboards: requests received in the period, requests still open today, the median hours
/// from a request to its answer (the requests of the period answered, over the region's communities together: a
/// median does not add up), and today: cases open, community health records kept (consent not withdrawn) and those
/// with a flagged measurement waiting for its follow-up — sensitive, small counts withheld; nothing sealed is opened.
/// </summary>
public sealed class CareFigures(LinliDb db) : IFigureSource
{
    public const string Received = "requestsReceived", OpenRequests = "openRequests", AnswerHours = "medianAnswerHours", OpenCases = "openCases",
        HealthRecords = "healthRecords", FollowUps = "healthFollowUps";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Received, "Figure.RequestsReceived", "Unit.Items", Additive: true, ListPath: "/console/care/requests"),
        new(OpenRequests, "Figure.OpenRequests", "Unit.Items", Additive: true, AsOfToday: true, ListPath: "/console/care/requests", LowerIsBetter: true),
        new(AnswerHours, "Figure.MedianAnswerHours", "Unit.Hours", Additive: false, ListPath: "/console/care/requests", LowerIsBetter: true),
        new(OpenCases, "Figure.OpenCases", "Unit.Items", Additive: true, Sensitive: true, AsOfToday: true, ListPath: "/console/care"),
        new(HealthRecords, "Figure.HealthRecords", "Unit.Copies", Additive: true, Sensitive: true, AsOfToday: true, ListPath: "/console/care/health"),
        new(FollowUps, "Figure.HealthFollowUps", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true, ListPath: "/console/care/health", LowerIsBetter: true),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var (from, to) = (window.StartUtc, window.EndUtc);
        var requests = db.Set<ServiceRequest>().Where(r => ids.Contains(r.CommunityId));
        var records = db.Set<Health.HealthRecord>().Where(h => ids.Contains(h.CommunityId) && h.WithdrawnAt == null);
        return FigureRules.ByCommunity(ids,
            (Received, await FigureRules.CountPerCommunityAsync(requests.Where(r => r.ReceivedAt >= from && r.ReceivedAt < to), r => r.CommunityId, cancellationToken)),
            (OpenRequests, await FigureRules.CountPerCommunityAsync(requests.Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Closed),
                r => r.CommunityId, cancellationToken)),
            (OpenCases, await FigureRules.CountPerCommunityAsync(db.Set<CareCase>().Where(c => ids.Contains(c.CommunityId) && c.Status != CaseStatus.Closed),
                c => c.CommunityId, cancellationToken)),
            (HealthRecords, await FigureRules.CountPerCommunityAsync(records, h => h.CommunityId, cancellationToken)),
            (FollowUps, await FigureRules.CountPerCommunityAsync(records.Where(h => h.FollowUpSince != null), h => h.CommunityId, cancellationToken)));
    }

    public async Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var (from, to) = (window.StartUtc, window.EndUtc);
        var answered = await db.Set<ServiceRequest>().Where(r => ids.Contains(r.CommunityId) && r.ReceivedAt >= from && r.ReceivedAt < to && r.AnsweredAt != null)
            .Select(r => new { r.ReceivedAt, AnsweredAt = r.AnsweredAt!.Value }).ToListAsync(cancellationToken);
        var median = RequestFiguresService.Median(answered.Select(r => (r.AnsweredAt - r.ReceivedAt).TotalHours));
        return new Dictionary<string, decimal> { [AnswerHours] = (decimal)(median ?? 0) };
    }
}
