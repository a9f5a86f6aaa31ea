using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

/// <summary>The reading room's figures for the dashboards: books lent in the period (for a place, to the people living there).</summary>
public sealed class LoanFigures(LinliDb db) : IFigureSource
{
    public const string Loans = "loans";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
        [new(Loans, "Figure.Loans", "Unit.Books", Additive: true, ByHome: true, ListPath: "/console/reading-room")];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        return FigureRules.ByCommunity(ids, (Loans, await FigureRules.CountPerCommunityAsync(
            db.Set<Loan>().Where(l => ids.Contains(l.CommunityId) && l.LoanedOn >= window.From && l.LoanedOn <= window.To), l => l.CommunityId, cancellationToken)));
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken) =>
        FigureRules.ByPlace((Loans, await FigureRules.CountPerPlaceAsync(
            db.Set<Loan>().Where(l => l.CommunityId == window.CommunityId && l.LoanedOn >= window.From && l.LoanedOn <= window.To), l => l.BorrowerId, window.Homes,
            cancellationToken)));
}
