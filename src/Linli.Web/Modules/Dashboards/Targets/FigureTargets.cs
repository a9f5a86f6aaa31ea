using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards.Targets;

public sealed record TargetInput(string? Figure, string? Per, decimal? Value);

public sealed record TargetView(string Figure, string Per, decimal Value, string SetBy, DateTime SetAt);

/// <summary>
/// Targets per region, figure and span, set by the offices that hand in reports (<see cref="DashboardsPolicies.Submit"/>)
/// for regions in their scope: a street its own and its communities', a community its own.
/// </summary>
public sealed class FigureTargets(LinliDb db, FiguresService figures, FigureCatalogue catalogue, TimeProvider clock)
{
    public async Task<IReadOnlyList<TargetView>> ListAsync(int? regionId, CancellationToken cancellationToken)
    {
        var region = await figures.RegionAsync(regionId, cancellationToken);
        return [.. (await db.Set<FigureTarget>().AsNoTracking().Where(t => t.RegionId == region.Id).OrderBy(t => t.FigureKey).ThenBy(t => t.Per).ToListAsync(cancellationToken))
            .Select(t => new TargetView(t.FigureKey, t.Per.ToString(), t.Value, t.SetBy, t.SetAt))];
    }

    /// <summary>The targets of these regions for a span, by region and figure (the page's lights).</summary>
    public async Task<IReadOnlyDictionary<(int RegionId, string Figure), decimal>> OfAsync(IReadOnlyCollection<int> regionIds, TargetPer per, CancellationToken cancellationToken) =>
        await db.Set<FigureTarget>().AsNoTracking().Where(t => regionIds.Contains(t.RegionId) && t.Per == per)
            .ToDictionaryAsync(t => (t.RegionId, t.FigureKey), t => t.Value, cancellationToken);

    /// <summary>Sets (or with no value, removes) a target; 422 naming the field for an unknown figure, a bad span or a negative value.</summary>
    public async Task<IReadOnlyList<TargetView>> SetAsync(int? regionId, TargetInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var region = await figures.RegionAsync(regionId, cancellationToken);
        if (string.IsNullOrWhiteSpace(input.Figure)) throw new FieldValidationException("figure", "Validation.Required");
        if (catalogue.Find(input.Figure.Trim()) is not { } figure) throw new FieldValidationException("figure", "Dashboards.UnknownFigure", input.Figure.Trim());
        if (!Enum.TryParse<TargetPer>(input.Per, ignoreCase: false, out var per) || !Enum.IsDefined(per) || int.TryParse(input.Per, out _))
            throw new FieldValidationException("per", "Dashboards.TargetPer");
        if (input.Value is < 0 or > 1_000_000_000) throw new FieldValidationException("value", "Dashboards.TargetValue");
        var target = await db.Set<FigureTarget>().FirstOrDefaultAsync(t => t.RegionId == region.Id && t.FigureKey == figure.Key && t.Per == per, cancellationToken);
        if (input.Value is not { } value)
        {
            if (target is not null) db.Remove(target);
        }
        else
        {
            if (target is null) db.Add(target = new FigureTarget(region.Id, region.Path, figure.Key, per));
            target.Set(value, user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        }
        await db.SaveOrConflictAsync("Dashboards.TargetTwice", cancellationToken);
        return await ListAsync(region.Id, cancellationToken);
    }
}
