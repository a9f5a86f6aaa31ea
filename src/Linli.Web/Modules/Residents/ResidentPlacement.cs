using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>Where a resident is registered: a unit inside the caller's scope (and so its community), or a community alone.</summary>
public sealed class ResidentPlacement(LinliDb db, AccessScope scope)
{
    public sealed record Place(int CommunityId, int? UnitId);

    /// <summary>
    /// Where a record belongs: a unit (its community found above it) or a community. <paramref name="parkingAllowed"/>:
    /// a parking space stands for a unit too (an owner's holding; nobody lives in one).
    /// </summary>
    public async Task<Place?> ResolveAsync(int? unitId, int? communityId, Dictionary<string, FieldError> errors, CancellationToken cancellationToken, bool parkingAllowed = false)
    {
        if (unitId is not null)
        {
            // The region filter hides units of other communities: to this caller they do not exist.
            var unit = await db.Regions.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Id == unitId && (r.Kind == RegionKind.Unit || (parkingAllowed && r.Kind == RegionKind.ParkingSpace)), cancellationToken);
            var community = unit is null ? null : await CommunityOfAsync(unit.Path, cancellationToken);
            if (unit is null || community is null || !scope.CoversCommunity(community.Value))
            {
                errors["unitId"] = new("Resident.UnitNotFound");
                return null;
            }
            if (communityId is not null && communityId != community) errors["communityId"] = new("Resident.UnitOutsideCommunity");
            return new Place(community.Value, unit.Id);
        }
        if (communityId is null)
        {
            errors["unitId"] = new("Resident.UnitOrCommunityRequired");
            return null;
        }
        var exists = scope.CoversCommunity(communityId.Value)
            && await db.Regions.AnyAsync(r => r.Id == communityId && r.Kind == RegionKind.Community, cancellationToken);
        if (!exists)
        {
            errors["communityId"] = new("Resident.CommunityNotFound");
            return null;
        }
        return new Place(communityId.Value, null);
    }

    /// <summary>
    /// Whether the caller works in this community: it is one of the scope's communities (staff assigned to a
    /// compound work for its community too) and it exists.
    /// </summary>
    public async Task<bool> CoversCommunityAsync(int communityId, CancellationToken cancellationToken) =>
        scope.CoversCommunity(communityId)
        && await db.Regions.IgnoreQueryFilters().AnyAsync(r => r.Id == communityId && r.Kind == RegionKind.Community, cancellationToken);

    /// <summary>A community the caller works in, or 404: to anyone else it does not exist.</summary>
    public async Task EnsureCommunityAsync(int communityId, CancellationToken cancellationToken)
    {
        if (!await CoversCommunityAsync(communityId, cancellationToken)) throw new NotFoundException();
    }

    /// <summary>Whether a region is the community itself or a place under it (a compound, courtyard or building of it).</summary>
    public async Task<bool> IsWithinCommunityAsync(int regionId, int communityId, CancellationToken cancellationToken) =>
        regionId == communityId
        || (await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.Path).FirstOrDefaultAsync(cancellationToken) is { } path
            && await CommunityOfAsync(path, cancellationToken) == communityId);

    /// <summary>The community above a node, from the ids in its path.</summary>
    public async Task<int?> CommunityOfAsync(string path, CancellationToken cancellationToken)
    {
        var ids = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return await db.Regions.IgnoreQueryFilters().Where(r => ids.Contains(r.Id) && r.Kind == RegionKind.Community)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The household a new resident joins: the one given (same place), else the unit's, else a new one.</summary>
    public async Task<Household> HouseholdAsync(Place place, int? householdId, Dictionary<string, FieldError> errors, DateTime now, CancellationToken cancellationToken)
    {
        if (householdId is not null)
        {
            var given = await db.Set<Household>().FirstOrDefaultAsync(h => h.Id == householdId, cancellationToken);
            if (given is null || given.CommunityId != place.CommunityId || given.UnitId != place.UnitId)
                errors["householdId"] = new("Resident.HouseholdNotFound");
            return given ?? new Household(place.CommunityId, place.UnitId, now);
        }
        if (place.UnitId is not null)
        {
            var existing = await db.Set<Household>().Where(h => h.UnitId == place.UnitId).OrderBy(h => h.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null) return existing;
        }
        var household = new Household(place.CommunityId, place.UnitId, now);
        db.Set<Household>().Add(household);
        return household;
    }
}
