using System.Linq.Expressions;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// The register's and the care ledger's figures for the dashboards: residents living here and households (today), the
/// people in care (today) and those not contacted in time (the care ledger's overdue list), and the visits dated in the
/// period. People in care and overdue contacts count vulnerable people: sensitive, small cells withheld.
/// </summary>
public sealed class ResidentFigures(LinliDb db, Care.CareService care) : IFigureSource
{
    public const string Residents = "residents", Households = "households", CareRecipients = "careRecipients", OverdueCare = "overdueCare",
        Visits = "visits";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Residents, "Figure.Residents", "Unit.People", Additive: true, AsOfToday: true),
        new(Households, "Figure.Households", "Unit.Households", Additive: true, AsOfToday: true),
        new(CareRecipients, "Figure.CareRecipients", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true),
        new(OverdueCare, "Figure.OverdueCare", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true),
        new(Visits, "Figure.Visits", "Unit.Times", Additive: true),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var living = await PerCommunity(db.Set<Resident>().Where(r => ids.Contains(r.CommunityId) && r.Status == ResidentStatus.Living), r => r.CommunityId,
            cancellationToken);
        var households = await PerCommunity(db.Set<Household>().Where(h => ids.Contains(h.CommunityId)), h => h.CommunityId, cancellationToken);
        var recipients = await PerCommunity(db.Set<Care.ServiceRecipient>().Where(s => ids.Contains(s.CommunityId) && s.EndedOn == null), s => s.CommunityId,
            cancellationToken);
        var visits = await PerCommunity(db.Set<Care.Visit>().Where(v => ids.Contains(v.CommunityId) && v.On >= window.From && v.On <= window.To), v => v.CommunityId,
            cancellationToken);
        var figures = new Dictionary<int, IReadOnlyDictionary<string, decimal>>();
        foreach (var community in ids)
        {
            // The overdue list is the care ledger's own rule (grade intervals, elders alone unseen): counted, not copied.
            // It is the costliest figure here (a pass over the community's care ledger), so only when asked for.
            var overdue = window.Keys.Contains(OverdueCare) && living.ContainsKey(community) ? (await care.OverdueAsync(community, cancellationToken)).Count : 0;
            figures[community] = new Dictionary<string, decimal>
            {
                [Residents] = living.GetValueOrDefault(community),
                [Households] = households.GetValueOrDefault(community),
                [CareRecipients] = recipients.GetValueOrDefault(community),
                [OverdueCare] = overdue,
                [Visits] = visits.GetValueOrDefault(community),
            };
        }
        return figures;
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);

    private static Task<Dictionary<int, int>> PerCommunity<T>(IQueryable<T> rows, Expression<Func<T, int>> community, CancellationToken cancellationToken) =>
        rows.GroupBy(community).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
