using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Figures;

/// <summary>
/// A figure the dashboards show, declared once by the module that owns its records. <see cref="Additive"/>: a region's
/// value is the sum of its communities' (person-times, hours); a figure that is not (unique people: someone who came
/// to two communities' activities is one person) is counted over the region's communities together.
/// <see cref="Sensitive"/>: it counts a group the law protects (care recipients, the disabled), so a cell under
/// <see cref="FigureRules.SuppressBelow"/> is withheld from roles that may not see sensitive care tags.
/// <see cref="ByHome"/>: it can also be counted for the people living in a place of a community (a compound, a
/// building) — residents, their visits, their check-ins — unlike activities held, which belong to no one's home.
/// <see cref="ListPath"/>: the console list behind the number, where a tile links. <see cref="LowerIsBetter"/>: a
/// target is a ceiling, not a goal (overdue contacts, hours to answer). An additive figure over a period (not
/// <see cref="AsOfToday"/>) counts things that happen on a day, so a period's value is its days' sum: whole months
/// are read from the kept month facts and added up (docs/decisions/0011-dashboard-figures.md).
/// </summary>
public sealed record FigureDefinition(string Key, string LabelKey, string UnitKey, bool Additive, bool Sensitive = false, bool AsOfToday = false,
    bool ByHome = false, string? ListPath = null, bool LowerIsBetter = false);

/// <summary>
/// The communities and the period (China dates, both included) figures are asked for, and which of the source's
/// figures (<see cref="Keys"/>): a source may skip a costly one nobody asked for.
/// </summary>
public sealed record FigureWindow(IReadOnlyCollection<int> CommunityIds, DateOnly From, DateOnly To, IReadOnlySet<string> Keys)
{
    /// <summary>The period's first instant (midnight in China of <see cref="From"/>), for records stamped in UTC.</summary>
    public DateTime StartUtc => FigureRules.Midnight(From);

    /// <summary>The instant after the period (midnight in China after <see cref="To"/>).</summary>
    public DateTime EndUtc => FigureRules.Midnight(To.AddDays(1));
}

/// <summary>
/// A resident living now in one of the places asked for (a compound, a building of one community): the residents
/// module composes these pairs as a query, never a list, and a source joins its records to them by resident and
/// groups by place — one query for all the places, not one per place. Set by initializers so that EF can follow it.
/// </summary>
public sealed class ResidentHome
{
    public int ResidentId { get; init; }
    public int PlaceId { get; init; }
}

/// <summary>The people living in the places of one community (<see cref="Homes"/>) and the period: a source counts only these people's records, per place.</summary>
public sealed record HomeWindow(int CommunityId, IQueryable<ResidentHome> Homes, DateOnly From, DateOnly To, IReadOnlySet<string> Keys)
{
    public DateTime StartUtc => FigureRules.Midnight(From);
    public DateTime EndUtc => FigureRules.Midnight(To.AddDays(1));
}

/// <summary>A module's figures, computed from its own records (registered like a workbench source).</summary>
public interface IFigureSource
{
    IReadOnlyList<FigureDefinition> Figures { get; }

    /// <summary>Each of the source's additive figures for each community of the window (a community with nothing may be left out).</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> PerCommunityAsync(FigureWindow window, CancellationToken cancellationToken);

    /// <summary>Each of the source's figures that do not add up, over the window's communities taken together.</summary>
    Task<IReadOnlyDictionary<string, decimal>> TogetherAsync(FigureWindow window, CancellationToken cancellationToken);

    /// <summary>Each of the source's <see cref="FigureDefinition.ByHome"/> figures for the people living in each place (a place with nothing may be left out).</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> OfHomesAsync(HomeWindow window, CancellationToken cancellationToken) =>
        Task.FromResult(FigureRules.NoPlaces);
}

public static class FigureRules
{
    /// <summary>How many rows each community has: most sources' additive figures.</summary>
    public static async Task<Dictionary<int, decimal>> CountPerCommunityAsync<T>(IQueryable<T> rows, Expression<Func<T, int>> community,
        CancellationToken cancellationToken) =>
        await rows.GroupBy(community).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => (decimal)g.Count, cancellationToken);

    /// <summary>How many of the rows belong to the people living in each place: a source's figures by home.</summary>
    public static async Task<Dictionary<int, decimal>> CountPerPlaceAsync<T>(IQueryable<T> rows, Expression<Func<T, int>> resident, IQueryable<ResidentHome> homes,
        CancellationToken cancellationToken) =>
        await rows.Join(homes, resident, h => h.ResidentId, (_, h) => h.PlaceId).GroupBy(p => p).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => (decimal)g.Count, cancellationToken);

    /// <summary>Each community's (or place's) figures from counts per community (or place); one with none is left out.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> ByCommunity(IEnumerable<int> communities,
        params (string Key, IReadOnlyDictionary<int, decimal> Values)[] figures) =>
        communities.Distinct().ToDictionary(c => c, c => (IReadOnlyDictionary<string, decimal>)figures.ToDictionary(f => f.Key, f => f.Values.GetValueOrDefault(c)));

    /// <summary>Each place's figures from counts per place: every place counted in any of them.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> ByPlace(params (string Key, IReadOnlyDictionary<int, decimal> Values)[] figures) =>
        ByCommunity(figures.SelectMany(f => f.Values.Keys), figures);

    /// <summary>Cells of a sensitive figure from 1 to 4 are withheld (a small count can name a person).</summary>
    public const int SuppressBelow = 5;

    /// <summary>Midnight in China at the start of a day, in UTC: where a period of China dates begins and ends.</summary>
    public static DateTime Midnight(DateOnly day) => Localization.ChinaTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>A share in per cent to two places (5 of 8: 62.50), nought of nothing.</summary>
    public static decimal Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>For a source whose figures all add up.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> None = new Dictionary<string, decimal>();

    /// <summary>Counts per place (or community) of a figure nobody asked for: not counted.</summary>
    public static readonly IReadOnlyDictionary<int, decimal> NotAsked = new Dictionary<int, decimal>();

    /// <summary>For a source with no figure counted by home.</summary>
    public static readonly IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> NoPlaces = new Dictionary<int, IReadOnlyDictionary<string, decimal>>();
}
