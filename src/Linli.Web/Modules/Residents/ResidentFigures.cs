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

    public async Task<IReadOnlyDictionary<string, decimal>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken)
    {
        var people = window.Residents;
        var living = db.Set<Resident>().Where(r => people.Contains(r.Id));
        var overdue = 0;
        if (window.Keys.Contains(OverdueCare))
        {
            var here = (await people.ToListAsync(cancellationToken)).ToHashSet();
            overdue = (await care.OverdueAsync(window.CommunityId, cancellationToken)).Count(o => here.Contains(o.ResidentId));
        }
        return new Dictionary<string, decimal>
        {
            [Residents] = await living.CountAsync(cancellationToken),
            [Households] = await living.Select(r => r.HouseholdId).Distinct().CountAsync(cancellationToken),
            [CareRecipients] = await db.Set<Care.ServiceRecipient>().CountAsync(s => s.EndedOn == null && people.Contains(s.ResidentId), cancellationToken),
            [OverdueCare] = overdue,
            [Visits] = await db.Set<Care.Visit>().CountAsync(v => v.On >= window.From && v.On <= window.To && people.Contains(v.ResidentId), cancellationToken),
        };
    }
}
