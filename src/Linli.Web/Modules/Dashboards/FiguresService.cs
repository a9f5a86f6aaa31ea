using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards;

/// <summary>
/// A region's figures and its children's, computed from the modules' records for the caller's scope. Down to a
/// community, additive figures are each community's added up, so a street's are its communities' sum, and the others
/// are counted over the region's communities together. Below a community (a compound, a courtyard, a building) the
/// figures that can be are counted for the people living there (<see cref="FigureDefinition.ByHome"/>); what belongs
/// to no place (a resident without a flat on record) is the <c>unplaced</c> remainder, so children and remainder still
/// add up to the parent. Sensitive figures under 5 are withheld from roles that may not see sensitive care tags.
/// </summary>
public sealed class FiguresService(LinliDb db, AccessScope scope, FigureCatalogue catalogue, Facts.FigureFacts facts, IAuthorizationService authorization,
    TimeProvider clock)
{
    public const int MaxYears = 10;
    private static readonly RegionKind[] Areas = [RegionKind.District, RegionKind.Street, RegionKind.Community];
    /// <summary>The places below a community a dashboard drills into (by home).</summary>
    public static readonly RegionKind[] Places = [RegionKind.Compound, RegionKind.Courtyard, RegionKind.Building];

    /// <summary>
    /// The figures of a region for a period as the caller may see them, with its children's unless
    /// <paramref name="withChildren"/> is false (a comparison or a point of a trend needs only the region's own).
    /// </summary>
    public async Task<RegionFigures> OfRegionAsync(int? regionId, DateOnly? from, DateOnly? to, IReadOnlyCollection<string>? keys, ClaimsPrincipal user,
        CancellationToken cancellationToken, bool withChildren = true)
    {
        var (first, last) = Period(from, to);
        var selected = catalogue.Select(keys);
        var region = await RegionAsync(regionId, cancellationToken);
        return Present(await ComputeAsync(region, first, last, selected, withChildren, cancellationToken), await WithholdsAsync(user));
    }

    /// <summary>Whether the caller is kept from small counts of sensitive figures (no access to sensitive care tags).</summary>
    public async Task<bool> WithholdsAsync(ClaimsPrincipal user) => !await authorization.AllowsAsync(user, ResidentsPolicies.SensitiveCare);

    /// <summary>Every figure of a region for a period and its children's, as counted (nothing withheld): what a monthly report keeps.</summary>
    public async Task<RawFigures> ComputeAsync(RegionNode region, DateOnly first, DateOnly last, bool withChildren, CancellationToken cancellationToken) =>
        await ComputeAsync(region, first, last, catalogue.Select(null), withChildren, cancellationToken);

    /// <summary>The figures as the caller may see them: sensitive counts from 1 to 4 withheld when <paramref name="withhold"/>.</summary>
    public RegionFigures Present(RawFigures raw, bool withhold)
    {
        var definitions = raw.Keys.Select(catalogue.Find).OfType<FigureDefinition>().ToList();
        var (values, suppressed) = Shown(definitions, raw.Own, withhold);
        var rows = raw.Children.Select(child =>
        {
            var (shown, withheld) = Shown([.. definitions.Where(f => child.Figures.ContainsKey(f.Key))], child.Figures, withhold);
            return new ChildFigures(child.RegionId, child.Name, child.Kind, shown, withheld);
        }).ToList();
        FigureRow? unplaced = null;
        if (raw.Unplaced is { } rest)
        {
            var (shown, withheld) = Shown([.. definitions.Where(f => rest.ContainsKey(f.Key))], rest, withhold);
            unplaced = new FigureRow(shown, withheld);
        }
        return new RegionFigures(raw.RegionId, raw.Name, raw.Kind, raw.From, raw.To, values, suppressed, rows, unplaced, raw.TodayCountedAt);
    }

    private async Task<RawFigures> ComputeAsync(RegionNode region, DateOnly first, DateOnly last,
        IReadOnlyList<(IFigureSource Source, IReadOnlyList<FigureDefinition> Figures)> selected, bool withChildren, CancellationToken cancellationToken)
    {
        var children = !withChildren || region.Kind == RegionKind.Building ? []
            : await db.Regions.AsNoTracking().Where(r => r.ParentId == region.Id && (region.Kind == RegionKind.District || region.Kind == RegionKind.Street
                ? Areas.Contains(r.Kind) : Places.Contains(r.Kind))).OrderBy(r => r.Code).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        Dictionary<string, decimal> own;
        Dictionary<int, Dictionary<string, decimal>> childValues;
        DateTime? countedAt;
        if (region.Kind == RegionKind.Community)
        {
            // Its places' counts of today kept, its own are read from the same run, so places and the rest add up to it.
            (childValues, countedAt) = await OfPlacesAsync(region.Id, children, selected, first, last, cancellationToken);
            var (values, _, ownAt) = await OfAreasAsync(region, [], selected, first, last, cancellationToken, keptToday: countedAt is not null);
            (own, countedAt) = (values, Earliest(countedAt, ownAt));
        }
        else if (Areas.Contains(region.Kind))
        {
            (own, childValues, countedAt) = await OfAreasAsync(region, children, selected, first, last, cancellationToken);
        }
        else
        {
            var community = await CommunityOfAsync(region, cancellationToken);
            (childValues, countedAt) = await OfPlacesAsync(community, [region, .. children], selected, first, last, cancellationToken);
            own = childValues[region.Id];
        }
        var keys = selected.SelectMany(s => s.Figures).Where(f => Areas.Contains(region.Kind) || f.ByHome).Select(f => f.Key).ToList();
        var childrenArePlaces = region.Kind != RegionKind.District && region.Kind != RegionKind.Street;
        Dictionary<string, decimal>? unplaced = null;
        if (childrenArePlaces && children.Count > 0)
        {
            // What of the additive figures counted by home falls in none of the places: people without a flat on record.
            unplaced = selected.SelectMany(s => s.Figures).Where(f => f.ByHome && f.Additive)
                .ToDictionary(f => f.Key, f => own.GetValueOrDefault(f.Key) - childValues.Values.Sum(c => c.GetValueOrDefault(f.Key)));
        }
        return new RawFigures(region.Id, region.Name, region.Kind.ToString(), first, last, keys, own,
            [.. children.Select(c => new RawChild(c.Id, c.Name, c.Kind.ToString(), childValues[c.Id]))], unplaced, countedAt);
    }

    /// <summary>Where a dashboard opens: the caller's own region (the widest they serve), or the first district for whoever sees all.</summary>
    public async Task<int?> HomeRegionAsync(CancellationToken cancellationToken)
    {
        if (scope.SeesAll)
            return await db.Regions.Where(r => r.ParentId == null).OrderBy(r => r.Code).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var widest = scope.RegionPaths.OrderBy(p => p.Length).FirstOrDefault();
        return widest is null ? null : int.Parse(widest.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The region's path from its district down (a breadcrumb), each in the caller's scope or left out.</summary>
    public async Task<IReadOnlyList<RegionStep>> TrailAsync(int regionId, CancellationToken cancellationToken)
    {
        var region = await RegionAsync(regionId, cancellationToken);
        var ids = region.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var steps = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name, r.Kind, r.Path }).ToListAsync(cancellationToken);
        return [.. steps.Where(s => scope.Covers(s.Path)).OrderBy(s => s.Path.Length).Select(s => new RegionStep(s.Id, s.Name, s.Kind.ToString()))];
    }

    /// <summary>The period asked for, this month so far by default; 422 on <c>to</c> when it ends before it starts or spans more than ten years.</summary>
    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var today = ChinaTime.Today(clock);
        var first = from ?? new DateOnly(today.Year, today.Month, 1);
        var last = to ?? (from is null ? today : first.AddMonths(1).AddDays(-1));
        if (last < first) throw new FieldValidationException("to", "Dashboards.ToBeforeFrom");
        if (last > first.AddYears(MaxYears)) throw new FieldValidationException("to", "Dashboards.PeriodTooLong", MaxYears);
        return (first, last);
    }

    /// <summary>A district, street, community or place below one, in the caller's scope (404 otherwise); 422 for a unit or an entrance.</summary>
    public async Task<RegionNode> RegionAsync(int? regionId, CancellationToken cancellationToken)
    {
        if (regionId is null) throw new FieldValidationException("regionId", "Validation.Required");
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken);
        if (region is null || !scope.Covers(region.Path)) throw new NotFoundException();
        if (!Areas.Contains(region.Kind) && !Places.Contains(region.Kind)) throw new FieldValidationException("regionId", "Dashboards.RegionKind");
        return region;
    }

    private async Task<int> CommunityOfAsync(RegionNode place, CancellationToken cancellationToken)
    {
        var ids = place.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return await db.Regions.Where(r => ids.Contains(r.Id) && r.Kind == RegionKind.Community).Select(r => r.Id).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// A district's, street's or community's figures and its streets' or communities', and when the counts of today
    /// read as kept were counted (a community alone counts them live unless <paramref name="keptToday"/>).
    /// </summary>
    private async Task<(Dictionary<string, decimal> Own, Dictionary<int, Dictionary<string, decimal>> Children, DateTime? CountedAt)> OfAreasAsync(RegionNode region,
        IReadOnlyList<RegionNode> children, IReadOnlyList<(IFigureSource Source, IReadOnlyList<FigureDefinition> Figures)> selected, DateOnly first, DateOnly last,
        CancellationToken cancellationToken, bool? keptToday = null)
    {
        var communities = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Community && r.Path.StartsWith(region.Path))
            .Select(r => new { r.Id, r.Path }).ToListAsync(cancellationToken);
        var all = communities.Select(c => c.Id).ToList();
        var under = children.ToDictionary(c => c.Id, c => (IReadOnlyCollection<int>)[.. communities.Where(x => x.Path.StartsWith(c.Path)).Select(x => x.Id)]);
        var own = new Dictionary<string, decimal>();
        var childValues = children.ToDictionary(c => c.Id, _ => new Dictionary<string, decimal>());
        DateTime? countedAt = null;
        foreach (var (source, figures) in selected)
        {
            var asked = figures.Select(f => f.Key).ToHashSet();
            var (perCommunity, at) = await facts.PerCommunityAsync(source, figures, new FigureWindow(all, first, last, asked), cancellationToken, keptToday);
            countedAt = Earliest(countedAt, at);
            foreach (var figure in figures.Where(f => f.Additive))
            {
                own[figure.Key] = Sum(perCommunity, all, figure.Key);
                foreach (var child in children) childValues[child.Id][figure.Key] = Sum(perCommunity, under[child.Id], figure.Key);
            }
            if (figures.All(f => f.Additive)) continue;
            Keep(own, figures, await facts.TogetherAsync(source, figures, region.Id, new FigureWindow(all, first, last, asked), cancellationToken));
            foreach (var child in children)
                Keep(childValues[child.Id], figures, under[child.Id].Count == 0 ? FigureRules.None
                    : await facts.TogetherAsync(source, figures, child.Id, new FigureWindow(under[child.Id], first, last, asked), cancellationToken));
        }
        return (own, childValues, countedAt);
    }

    /// <summary>Each place's figures that can be counted by home, for the people living there now, and when kept counts of today were counted.</summary>
    private async Task<(Dictionary<int, Dictionary<string, decimal>> Values, DateTime? CountedAt)> OfPlacesAsync(int communityId, List<RegionNode> places,
        IReadOnlyList<(IFigureSource Source, IReadOnlyList<FigureDefinition> Figures)> selected, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var values = places.ToDictionary(p => p.Id, _ => new Dictionary<string, decimal>());
        if (places.Count == 0) return (values, null);
        var ids = places.Select(p => p.Id).ToList();
        DateTime? countedAt = null;
        foreach (var (source, definitions) in selected.Where(s => s.Figures.Any(f => f.ByHome)))
        {
            var byHome = definitions.Where(f => f.ByHome).ToList();
            var (counted, at) = await facts.OfPlacesAsync(source, byHome, communityId, ids, first, last, cancellationToken);
            countedAt = Earliest(countedAt, at);
            foreach (var place in ids)
                foreach (var figure in byHome) values[place][figure.Key] = counted.TryGetValue(place, out var found) ? found.GetValueOrDefault(figure.Key) : 0;
        }
        return (values, countedAt);
    }

    private static DateTime? Earliest(DateTime? one, DateTime? other) => one is null ? other : other is null || one < other ? one : other;

    private static decimal Sum(IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> perCommunity, IEnumerable<int> communities, string key) =>
        communities.Sum(c => perCommunity.TryGetValue(c, out var figures) ? figures.GetValueOrDefault(key) : 0);

    private static void Keep(Dictionary<string, decimal> values, IEnumerable<FigureDefinition> figures, IReadOnlyDictionary<string, decimal> together)
    {
        foreach (var figure in figures.Where(f => !f.Additive)) values[figure.Key] = together.GetValueOrDefault(figure.Key);
    }

    private static (IReadOnlyDictionary<string, decimal?> Values, IReadOnlyList<string> Suppressed) Shown(IReadOnlyList<FigureDefinition> figures,
        IReadOnlyDictionary<string, decimal> values, bool withhold)
    {
        var hidden = figures.Where(f => withhold && f.Sensitive && values.GetValueOrDefault(f.Key) is > 0 and < FigureRules.SuppressBelow).Select(f => f.Key).ToList();
        return (figures.ToDictionary(f => f.Key, f => hidden.Contains(f.Key) ? null : (decimal?)values.GetValueOrDefault(f.Key)), hidden);
    }
}
