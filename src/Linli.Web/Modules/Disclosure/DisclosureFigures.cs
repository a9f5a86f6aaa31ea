using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>
/// The open books' figures for the dashboards, today: the fund ledgers kept, and those owing a statement past its grace
/// days (<see cref="LedgersService.OwedStatementAsync"/>, the rule the workbench counts by).
/// </summary>
public sealed class DisclosureFigures(LinliDb db, LedgersService ledgers) : IFigureSource
{
    public const string Ledgers = "ledgers", Overdue = "ledgersOverdue";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Ledgers, "Figure.Ledgers", "Unit.Ledgers", Additive: true, AsOfToday: true, ListPath: "/console/ledgers"),
        new(Overdue, "Figure.LedgersOverdue", "Unit.Ledgers", Additive: true, AsOfToday: true, ListPath: "/console/ledgers", LowerIsBetter: true),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var kept = await db.Set<FundLedger>().AsNoTracking().Where(l => ids.Contains(l.CommunityId)).ToListAsync(cancellationToken);
        var overdue = new Dictionary<int, decimal>();
        if (window.Keys.Contains(Overdue))
            foreach (var ledger in kept)
                if (await ledgers.OwedStatementAsync(ledger, cancellationToken) is not null) overdue[ledger.CommunityId] = overdue.GetValueOrDefault(ledger.CommunityId) + 1;
        return ids.ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Ledgers] = kept.Count(l => l.CommunityId == c),
            [Overdue] = overdue.GetValueOrDefault(c),
        });
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
