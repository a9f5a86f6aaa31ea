using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards;

/// <summary>Building stewards: who looks after which building or entrance, and the households they call on.</summary>
public sealed class StewardsService(LinliDb db, ResidentDirectory residents, ResidentsService register, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxHouseholds = 1000;

    /// <summary>
    /// A resident living in a building or entrance becomes its steward from a day (not after today). One open term per
    /// place: a filtered unique index decides two clerks at once (409).
    /// </summary>
    public async Task<int> AppointAsync(NewSteward input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var place = input.RegionId is { } regionId ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken) : null;
        if (place is null || place.Kind is not (RegionKind.Building or RegionKind.Entrance) || !scope.Covers(place.Path)) errors["regionId"] = new("Stewards.NotABuilding");
        var steward = input.ResidentId is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (steward is not { Living: true }) errors["residentId"] = new("Stewards.ResidentNotFound");
        else if (place is not null && !await LivesUnderAsync(steward.UnitId, place.Path, cancellationToken)) errors["residentId"] = new("Stewards.LivesElsewhere");
        var from = input.From ?? ChinaTime.Today(clock);
        if (from > ChinaTime.Today(clock)) errors["from"] = new("Stewards.DateInFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var term = new BuildingSteward(steward!.CommunityId, place!.Id, steward.Id, from, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(term);
        await db.SaveOrConflictAsync("Stewards.PlaceTaken", cancellationToken);
        await audit.RecordAsync("steward.appointed", "BuildingSteward", term.Id.ToString(), $"region={term.RegionId} resident={term.ResidentId}", cancellationToken);
        return term.Id;
    }

    /// <summary>Ends a term on a day between its start and today; once (409).</summary>
    public async Task EndAsync(int id, HandBack input, CancellationToken cancellationToken)
    {
        var term = await db.Set<BuildingSteward>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        var on = input.On ?? ChinaTime.Today(clock);
        if (on < term.From || on > ChinaTime.Today(clock)) throw new FieldValidationException("on", "Validation.DateRange");
        if (term.To is not null) throw new ConflictException("Stewards.TermEnded");
        term.End(on);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("steward.ended", "BuildingSteward", id.ToString(), $"to={on:yyyy-MM-dd}", cancellationToken);
    }

    /// <summary>The community's stewards, serving ones first, with their place and how many households live there.</summary>
    public async Task<IReadOnlyList<StewardLine>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        var terms = await db.Set<BuildingSteward>().AsNoTracking().Where(s => s.CommunityId == communityId).OrderBy(s => s.To != null).ThenBy(s => s.RegionId)
            .Take(1000).ToListAsync(cancellationToken);
        if (terms.Count == 0) return [];
        var places = await PlacesOfAsync(communityId, cancellationToken);
        var names = await residents.NamesAsync(terms.Select(t => t.ResidentId), cancellationToken);
        var households = new Dictionary<int, int>();
        foreach (var regionId in terms.Select(t => t.RegionId).Distinct())
            households[regionId] = await residents.CountHouseholdsAsync(communityId, places[regionId].Path, cancellationToken);
        return [.. terms.Select(t => new StewardLine(t.Id, t.RegionId, places[t.RegionId].Label, t.ResidentId, names.GetValueOrDefault(t.ResidentId, ""), t.From, t.To,
            households[t.RegionId]))];
    }

    /// <summary>The households a steward calls on: those living in their building or entrance, each with its flat and its members.</summary>
    public async Task<StewardHouseholds> HouseholdsAsync(int id, CancellationToken cancellationToken)
    {
        var term = await db.Set<BuildingSteward>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException();
        var people = new List<ResidentSummary>();
        string? after = null;
        do
        {
            var page = await register.SearchAsync(new ResidentQuery(term.CommunityId, term.RegionId, Limit: ResidentSearch.MaxLimit, After: after), false, cancellationToken);
            people.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null && people.Count < MaxHouseholds * 4);
        var place = (await PlacesOfAsync(term.CommunityId, cancellationToken))[term.RegionId];
        var steward = (await residents.NamesAsync([term.ResidentId], cancellationToken)).GetValueOrDefault(term.ResidentId, "");
        return new StewardHouseholds(term.Id, place.Label, steward,
            [.. people.GroupBy(p => p.HouseholdId).Select(h => new HouseholdLine(h.Key, h.First().UnitLabel, [.. h.Select(p => p.Name)]))
                .OrderBy(h => h.Unit, StringComparer.Ordinal).Take(MaxHouseholds)]);
    }

    /// <summary>The buildings and entrances of a community a steward may look after, labelled with their compound and building.</summary>
    public async Task<IReadOnlyList<StewardPlace>> PlacesAsync(int communityId, CancellationToken cancellationToken) =>
        [.. (await PlacesOfAsync(communityId, cancellationToken)).Select(p => new StewardPlace(p.Key, p.Value.Label))];

    /// <summary>
    /// Each building and entrance of the community with its path and its label ("锦华苑 1栋 2单元"), from one read of the
    /// community's places above the flats.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, (string Path, string Label)>> PlacesOfAsync(int communityId, CancellationToken cancellationToken)
    {
        var community = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == communityId, cancellationToken) ?? throw new NotFoundException();
        var nodes = await db.Regions.AsNoTracking().Where(r => r.Path.StartsWith(community.Path) && r.Kind != RegionKind.Unit && r.Kind != RegionKind.Community)
            .OrderBy(r => r.Path).Take(5000).ToDictionaryAsync(r => r.Id, cancellationToken);
        string Label(RegionNode node) => node.ParentId is { } parent && nodes.TryGetValue(parent, out var above) ? $"{Label(above)} {node.Name}" : node.Name;
        return nodes.Values.Where(r => r.Kind is RegionKind.Building or RegionKind.Entrance).ToDictionary(r => r.Id, r => (r.Path, Label(r)));
    }

    private async Task<bool> LivesUnderAsync(int? unitId, string path, CancellationToken cancellationToken) =>
        unitId is { } unit && await db.Regions.AnyAsync(r => r.Id == unit && r.Path.StartsWith(path), cancellationToken);
}
