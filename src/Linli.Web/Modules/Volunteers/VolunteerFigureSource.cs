using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// The volunteers' figures for the dashboards: volunteers registered (today; a resident volunteers in one community, so
/// they add up), service records dated in the period and their hours (Order 67's record, whatever wrote it),
/// certificates issued in the period; in a place, the volunteers living there, their records and certificates.
/// </summary>
public sealed class VolunteerFigureSource(LinliDb db) : IFigureSource
{
    public const string Volunteers = "volunteers", Services = "volunteerServices", Hours = "volunteerHours", Certificates = "certificates";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Volunteers, "Figure.Volunteers", "Unit.People", Additive: true, AsOfToday: true, ByHome: true, ListPath: "/console/volunteers"),
        new(Services, "Figure.VolunteerServices", "Unit.Times", Additive: true, ByHome: true, ListPath: "/console/volunteers"),
        new(Hours, "Figure.VolunteerHours", "Unit.Hours", Additive: true, ByHome: true, ListPath: "/console/volunteers"),
        new(Certificates, "Figure.Certificates", "Unit.Copies", Additive: true, ByHome: true, ListPath: "/console/volunteers"),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var registered = await db.Set<Volunteer>().Where(v => ids.Contains(v.CommunityId)).GroupBy(v => v.CommunityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var served = await db.Set<ServiceRecord>().Where(s => ids.Contains(s.CommunityId) && s.Date >= window.From && s.Date <= window.To).GroupBy(s => s.CommunityId)
            .Select(g => new { g.Key, Count = g.Count(), Hours = g.Sum(s => s.Hours) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var (issuedFrom, issuedTo) = (window.StartUtc, window.EndUtc);
        var certified = await FigureRules.CountPerCommunityAsync(
            db.Set<Certificate>().Where(c => ids.Contains(c.CommunityId) && c.IssuedAt >= issuedFrom && c.IssuedAt < issuedTo), c => c.CommunityId, cancellationToken);
        return registered.Keys.Union(served.Keys).Union(certified.Keys).ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Volunteers] = registered.GetValueOrDefault(c),
            [Services] = served.TryGetValue(c, out var s) ? s.Count : 0,
            [Hours] = s?.Hours ?? 0,
            [Certificates] = certified.GetValueOrDefault(c),
        });
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken)
    {
        var (homes, community) = (window.Homes, window.CommunityId);
        var (start, end) = (window.StartUtc, window.EndUtc);
        var volunteers = db.Set<Volunteer>().Where(v => v.CommunityId == community);
        var served = await (from s in db.Set<ServiceRecord>()
                            where s.CommunityId == community && s.Date >= window.From && s.Date <= window.To
                            join v in volunteers on s.VolunteerId equals v.Id
                            join h in homes on v.ResidentId equals h.ResidentId
                            group s.Hours by h.PlaceId into g
                            select new { g.Key, Count = g.Count(), Hours = g.Sum() }).ToListAsync(cancellationToken);
        var certified = await (from c in db.Set<Certificate>()
                               where c.CommunityId == community && c.IssuedAt >= start && c.IssuedAt < end
                               join v in volunteers on c.VolunteerId equals v.Id
                               join h in homes on v.ResidentId equals h.ResidentId
                               group c by h.PlaceId into g
                               select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => (decimal)g.Count, cancellationToken);
        return FigureRules.ByPlace(
            (Volunteers, !window.Keys.Contains(Volunteers) ? FigureRules.NotAsked : await FigureRules.CountPerPlaceAsync(volunteers, v => v.ResidentId, homes, cancellationToken)),
            (Services, served.ToDictionary(s => s.Key, s => (decimal)s.Count)),
            (Hours, served.ToDictionary(s => s.Key, s => s.Hours)),
            (Certificates, certified));
    }
}
