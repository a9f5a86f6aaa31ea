using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards;

/// <summary>
/// A building steward's own desk (楼门长, on their phone in the portal): the resident serving a building or an entrance
/// takes the households' answers to a consultation at their own doors. Least privilege: only the places of their open
/// terms, only the consultations still taking answers there, the doors by flat and never by name, and whether each has
/// answered (not what). A consultation and the register are the community's records, which a resident's scope never
/// shows, so they are read here past the scope (listed in IgnoreQueryFiltersTests), every read bounded by the term.
/// </summary>
public sealed class StewardDesk(LinliDb db, SelfServiceService self, ResidentDirectory residents, ConsultationsService consultations)
{
    public const int MaxDoors = 300;

    /// <summary>The levels that name a steward's place (kinds are stored as text: no ordering by value in SQL).</summary>
    private static readonly RegionKind[] PlaceKinds = [RegionKind.Compound, RegionKind.Courtyard, RegionKind.Building, RegionKind.Entrance];

    public async Task<StewardDeskView> ReadAsync(string userId, CancellationToken cancellationToken) =>
        new([.. (await PlacesAsync(userId, cancellationToken)).Select(p => new StewardDeskPlace(p.RegionId, p.Label,
            [.. p.Consultations.Select(c => new StewardDeskConsultation(c.Consultation.Id, c.Consultation.Title, c.Consultation.Details, c.Consultation.OptionList,
                [.. c.Doors.Select(d => new StewardDoor(d.HouseholdId, d.Label, d.Answered))]))]))]);

    /// <summary>Takes a door's answer: a consultation open at one of the steward's places, a household behind one of its doors (422 otherwise).</summary>
    public async Task<int> AnswerAsync(string userId, int consultationId, NewConsultationAnswer input, CancellationToken cancellationToken)
    {
        var asked = (await PlacesAsync(userId, cancellationToken)).SelectMany(p => p.Consultations).Where(c => c.Consultation.Id == consultationId).ToList();
        if (asked.Count == 0) throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        if (input.HouseholdId is not { } householdId || !asked.Any(c => c.Doors.Any(d => d.HouseholdId == householdId))) errors["householdId"] = new("Stewards.NotYourDoor");
        return await consultations.RecordAnswerAsync(asked[0].Consultation, input.HouseholdId ?? 0, input.Option, errors, cancellationToken);
    }

    private sealed record Door(int HouseholdId, string Label, bool Answered);

    private sealed record Asked(Consultation Consultation, IReadOnlyList<Door> Doors);

    private sealed record Place(int RegionId, string Label, IReadOnlyList<Asked> Consultations);

    /// <summary>The steward's places with the consultations open there and each one's doors (those of the place the consultation asks).</summary>
    private async Task<IReadOnlyList<Place>> PlacesAsync(string userId, CancellationToken cancellationToken)
    {
        if (await self.FindOwnResidentAsync(userId, cancellationToken) is not { } me) return [];
        var terms = await db.Set<BuildingSteward>().IgnoreQueryFilters().AsNoTracking().Where(s => s.ResidentId == me.Id && s.To == null).ToListAsync(cancellationToken);
        if (terms.Count == 0) return [];
        var communities = terms.Select(t => t.CommunityId).Distinct().ToList();
        var open = await db.Set<Consultation>().IgnoreQueryFilters().AsNoTracking().Where(c => communities.Contains(c.CommunityId) && c.ClosedAt == null)
            .OrderByDescending(c => c.Id).Take(20).ToListAsync(cancellationToken);
        var placeIds = terms.Select(t => t.RegionId).Concat(open.Select(c => c.RegionId)).Distinct().ToList();
        var paths = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => placeIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Path, cancellationToken);
        var places = new List<Place>();
        foreach (var term in terms)
        {
            var path = paths[term.RegionId];
            var doors = await residents.DoorsUnderAsync(term.CommunityId, path, MaxDoors, cancellationToken);
            var units = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Path.StartsWith(path)).ToDictionaryAsync(r => r.Id, cancellationToken);
            var asked = new List<Asked>();
            foreach (var consultation in open.Where(c => c.CommunityId == term.CommunityId))
            {
                // Asked at the steward's doors: the consultation's place holds theirs, or lies within it.
                var place = paths[consultation.RegionId];
                var here = doors.Where(d => path.StartsWith(place) || units[d.UnitId].Path.StartsWith(place)).ToList();
                if (here.Count == 0) continue;
                var answered = (await db.Set<ConsultationAnswer>().IgnoreQueryFilters().Where(a => a.ConsultationId == consultation.Id)
                    .Select(a => a.HouseholdId).ToListAsync(cancellationToken)).ToHashSet();
                asked.Add(new Asked(consultation, [.. here.Select(d => new Door(d.HouseholdId, Label(units, units[d.UnitId], term.RegionId), answered.Contains(d.HouseholdId)))]));
            }
            places.Add(new Place(term.RegionId, await PlaceLabelAsync(path, cancellationToken), asked));
        }
        return places;
    }

    /// <summary>The place as the steward's page heads it ("锦华苑 1栋 2单元"): its compound, building and entrance.</summary>
    private async Task<string> PlaceLabelAsync(string path, CancellationToken cancellationToken) =>
        string.Join(" ", await db.Regions.IgnoreQueryFilters().AsNoTracking()
            .Where(r => path.StartsWith(r.Path) && PlaceKinds.Contains(r.Kind))
            .OrderBy(r => r.Depth).Select(r => r.Name).ToListAsync(cancellationToken));

    /// <summary>A flat named from the steward's place down ("2单元 301"): the place itself the steward knows.</summary>
    private static string Label(IReadOnlyDictionary<int, RegionNode> nodes, RegionNode unit, int placeId) =>
        unit.ParentId is { } parent && parent != placeId && nodes.TryGetValue(parent, out var above) ? $"{Label(nodes, above, placeId)} {unit.Name}" : unit.Name;
}

public sealed record StewardDeskView(IReadOnlyList<StewardDeskPlace> Places);

public sealed record StewardDeskPlace(int RegionId, string Name, IReadOnlyList<StewardDeskConsultation> Consultations);

public sealed record StewardDeskConsultation(int Id, string Title, string? Details, IReadOnlyList<string> Options, IReadOnlyList<StewardDoor> Doors);

/// <summary>A door the steward calls at: the household (by id, to answer for it), its flat, whether it has answered.</summary>
public sealed record StewardDoor(int HouseholdId, string Flat, bool Answered);
