using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// The volunteers' figures for the dashboards: volunteers registered (today; a resident volunteers in one community, so
/// they add up), service records dated in the period and their hours (Order 67's record, whatever wrote it).
/// </summary>
public sealed class VolunteerFigureSource(LinliDb db) : IFigureSource
{
    public const string Volunteers = "volunteers", Services = "volunteerServices", Hours = "volunteerHours";

    public IReadOnlyList<FigureDefinition> Figures { get; } =
    [
        new(Volunteers, "Figure.Volunteers", "Unit.People", Additive: true, AsOfToday: true),
        new(Services, "Figure.VolunteerServices", "Unit.Times", Additive: true),
        new(Hours, "Figure.VolunteerHours", "Unit.Hours", Additive: true),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken)
    {
        var ids = window.CommunityIds;
        var registered = await db.Set<Volunteer>().Where(v => ids.Contains(v.CommunityId)).GroupBy(v => v.CommunityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var served = await db.Set<ServiceRecord>().Where(s => ids.Contains(s.CommunityId) && s.Date >= window.From && s.Date <= window.To).GroupBy(s => s.CommunityId)
            .Select(g => new { g.Key, Count = g.Count(), Hours = g.Sum(s => s.Hours) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        return registered.Keys.Union(served.Keys).ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
        {
            [Volunteers] = registered.GetValueOrDefault(c),
            [Services] = served.TryGetValue(c, out var s) ? s.Count : 0,
            [Hours] = s?.Hours ?? 0,
        });
    }

    public Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken) => Task.FromResult(FigureRules.None);
}
