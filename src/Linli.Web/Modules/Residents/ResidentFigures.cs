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
        new(Residents, "Figure.Residents", "Unit.People", Additive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents"),
        new(Households, "Figure.Households", "Unit.Households", Additive: true, AsOfToday: true, ByHome: true, ListPath: "/console/residents"),
        new(CareRecipients, "Figure.CareRecipients", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true, ByHome: true,
            ListPath: "/console/residents/care"),
        new(OverdueCare, "Figure.OverdueCare", "Unit.People", Additive: true, Sensitive: true, AsOfToday: true, ByHome: true,
            ListPath: "/console/residents/care", LowerIsBetter: true),
        new(Visits, "Figure.Visits", "Unit.Times", Additive: true, ByHome: true, ListPath: "/console/residents/care"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var living = await FigureRules.CountPerCommunityAsync(db.Set<Resident>().Where(r => ids.Contains(r.CommunityId) && r.Status == ResidentStatus.Living), r => r.CommunityId,
            cancellationToken);
        var households = await FigureRules.CountPerCommunityAsync(db.Set<Household>().Where(h => ids.Contains(h.CommunityId)), h => h.CommunityId, cancellationToken);
        var recipients = await FigureRules.CountPerCommunityAsync(db.Set<Care.ServiceRecipient>().Where(s => ids.Contains(s.CommunityId) && s.EndedOn == null), s => s.CommunityId,
            cancellationToken);
        var visits = await FigureRules.CountPerCommunityAsync(db.Set<Care.Visit>().Where(v => ids.Contains(v.CommunityId) && v.On >= window.From && v.On <= window.To), v => v.CommunityId,
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

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken)
    {
        // Each count only when asked: the scheduler keeps the places' visits month by month, and a walk of every
        // resident for today's counts would be wasted there.
        var (homes, keys, community) = (window.Homes, window.Keys, window.CommunityId);
        var living = !keys.Contains(Residents) && !keys.Contains(Households) ? []
            : await (from h in homes
                     join r in db.Set<Resident>() on h.ResidentId equals r.Id
                     group r.HouseholdId by h.PlaceId into g
                     select new { g.Key, Residents = g.Count(), Households = g.Distinct().Count() }).ToListAsync(cancellationToken);
        var overdue = new Dictionary<int, decimal>();
        if (keys.Contains(OverdueCare))
        {
            var late = (await care.OverdueAsync(community, cancellationToken)).Select(o => o.ResidentId).ToList();
            if (late.Count > 0) overdue = await FigureRules.CountPerPlaceAsync(db.Set<Resident>().Where(r => late.Contains(r.Id)), r => r.Id, homes, cancellationToken);
        }
        return FigureRules.ByPlace(
            (Residents, living.ToDictionary(l => l.Key, l => (decimal)l.Residents)),
            (Households, living.ToDictionary(l => l.Key, l => (decimal)l.Households)),
            (CareRecipients, !keys.Contains(CareRecipients) ? FigureRules.NotAsked
                : await FigureRules.CountPerPlaceAsync(db.Set<Care.ServiceRecipient>().Where(s => s.EndedOn == null && s.CommunityId == community), s => s.ResidentId, homes,
                    cancellationToken)),
            (OverdueCare, overdue),
            (Visits, !keys.Contains(Visits) ? FigureRules.NotAsked
                : await FigureRules.CountPerPlaceAsync(db.Set<Care.Visit>().Where(v => v.CommunityId == community && v.On >= window.From && v.On <= window.To),
                    v => v.ResidentId, homes, cancellationToken)));
    }
}
