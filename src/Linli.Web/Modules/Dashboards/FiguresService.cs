using System.Security.Claims;
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
/// A region's figures and its children's, computed from the modules' records for the caller's scope: additive figures
/// are each community's added up, so a street's are its communities' sum; the others are counted over the region's
/// communities together. Sensitive figures under 5 are withheld from roles that may not see sensitive care tags.
/// </summary>
public sealed class FiguresService(LinliDb db, AccessScope scope, FigureCatalogue catalogue, IAuthorizationService authorization, TimeProvider clock)
{
    public const int MaxYears = 10;
    private static readonly RegionKind[] Drillable = [RegionKind.District, RegionKind.Street, RegionKind.Community];

    public async Task<RegionFigures> OfRegionAsync(int? regionId, DateOnly? from, DateOnly? to, IReadOnlyCollection<string>? keys, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        var selected = catalogue.Select(keys);
        if (regionId is null) throw new FieldValidationException("regionId", "Validation.Required");
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken);
        if (region is null || !scope.Covers(region.Path)) throw new NotFoundException();
        if (!Drillable.Contains(region.Kind)) throw new FieldValidationException("regionId", "Dashboards.RegionKind");

        var communities = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Community && r.Path.StartsWith(region.Path))
            .Select(r => new { r.Id, r.Path }).ToListAsync(cancellationToken);
        var children = region.Kind == RegionKind.Community ? []
            : await db.Regions.AsNoTracking().Where(r => r.ParentId == region.Id && Drillable.Contains(r.Kind)).OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var withhold = !await authorization.AllowsAsync(user, Residents.ResidentsPolicies.SensitiveCare);

        var all = communities.Select(c => c.Id).ToList();
        var under = children.ToDictionary(c => c.Id, c => (IReadOnlyCollection<int>)[.. communities.Where(x => x.Path.StartsWith(c.Path)).Select(x => x.Id)]);
        var regionValues = new Dictionary<string, decimal>();
        var childValues = children.ToDictionary(c => c.Id, _ => new Dictionary<string, decimal>());
        foreach (var (source, figures) in selected)
        {
            var asked = figures.Select(f => f.Key).ToHashSet();
            var perCommunity = await source.PerCommunityAsync(new FigureWindow(all, first, last, asked), cancellationToken);
            foreach (var figure in figures.Where(f => f.Additive))
            {
                regionValues[figure.Key] = Sum(perCommunity, all, figure.Key);
                foreach (var child in children) childValues[child.Id][figure.Key] = Sum(perCommunity, under[child.Id], figure.Key);
            }
            if (figures.All(f => f.Additive)) continue;
            Keep(regionValues, figures, await source.TogetherAsync(new FigureWindow(all, first, last, asked), cancellationToken));
            foreach (var child in children)
                Keep(childValues[child.Id], figures, under[child.Id].Count == 0 ? FigureRules.None : await source.TogetherAsync(new FigureWindow(under[child.Id], first, last, asked), cancellationToken));
        }

        var definitions = selected.SelectMany(s => s.Figures).ToList();
        var rows = new List<ChildFigures>();
        foreach (var child in children)
        {
            var (shown, withheld) = Shown(definitions, childValues[child.Id], withhold);
            rows.Add(new ChildFigures(child.Id, child.Name, child.Kind.ToString(), shown, withheld));
        }
        var (values, suppressed) = Shown(definitions, regionValues, withhold);
        return new RegionFigures(region.Id, region.Name, region.Kind.ToString(), first, last, values, suppressed, rows);
    }

    /// <summary>The period asked for, this month so far by default; 422 on <c>to</c> when it ends before it starts or spans more than ten years.</summary>
    private (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var today = ChinaTime.Today(clock);
        var first = from ?? new DateOnly(today.Year, today.Month, 1);
        var last = to ?? (from is null ? today : first.AddMonths(1).AddDays(-1));
        if (last < first) throw new FieldValidationException("to", "Dashboards.ToBeforeFrom");
        if (last > first.AddYears(MaxYears)) throw new FieldValidationException("to", "Dashboards.PeriodTooLong", MaxYears);
        return (first, last);
    }

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
