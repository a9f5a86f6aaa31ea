using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points;

/// <summary>
/// The points' figures for the dashboards: points awarded in the period (less the awards reversed in it) and points
/// redeemed for goods or services (less the redemptions reversed in it), from the ledger's own transactions.
/// </summary>
public sealed class PointsFigures(LinliDb db) : IFigureSource
{
    public const string Issued = "pointsIssued", Redeemed = "pointsRedeemed";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Issued, "Figure.PointsIssued", "Unit.Points", Additive: true, ListPath: "/console/points"),
        new(Redeemed, "Figure.PointsRedeemed", "Unit.Points", Additive: true, ListPath: "/console/points"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var (from, to) = (window.StartUtc, window.EndUtc);
        var all = db.Set<PointsTransaction>();
        var inPeriod = all.Where(t => ids.Contains(t.CommunityId) && t.CreatedAt >= from && t.CreatedAt < to);
        // A reversal counts against the kind of transaction it undoes.
        var moved = await inPeriod.Select(t => new
            {
                t.CommunityId,
                Kind = t.Kind == TransactionKind.Reversal ? all.Where(r => r.Id == t.ReversesId).Select(r => r.Kind).FirstOrDefault() : t.Kind,
                Points = t.Kind == TransactionKind.Reversal ? -t.Points : t.Points,
            })
            .GroupBy(t => new { t.CommunityId, t.Kind }).Select(g => new { g.Key.CommunityId, g.Key.Kind, Points = g.Sum(t => t.Points) })
            .ToListAsync(cancellationToken);
        IReadOnlyDictionary<int, decimal> Of(TransactionKind kind) => moved.Where(m => m.Kind == kind).ToDictionary(m => m.CommunityId, m => (decimal)m.Points);
        return FigureRules.ByCommunity(ids, (Issued, Of(TransactionKind.Award)), (Redeemed, Of(TransactionKind.Redemption)));
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
