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

    /// <summary>The levels that name a steward's place ("锦华苑 1栋 2单元").</summary>
    private static readonly RegionKind[] PlaceKinds = [RegionKind.Compound, RegionKind.Courtyard, RegionKind.Building, RegionKind.Entrance];

    public async Task<StewardDeskView> ReadAsync(string userId, CancellationToken cancellationToken) =>
        new([.. (await PlacesAsync(userId, null, cancellationToken)).Select(p => new StewardDeskPlace(p.RegionId, p.Label,
            [.. p.Consultations.Select(c => new StewardDeskConsultation(c.Consultation.Id, c.Consultation.Title, c.Consultation.Details, c.Consultation.OptionList,
                [.. c.Doors.Select(d => new StewardDoor(d.HouseholdId, d.Label, d.Answered))]))]))]);

    /// <summary>Takes a door's answer: a consultation open at one of the steward's places, a household behind one of its doors (422 otherwise).</summary>
    public async Task<int> AnswerAsync(string userId, int consultationId, NewConsultationAnswer input, CancellationToken cancellationToken)
    {
        var asked = (await PlacesAsync(userId, consultationId, cancellationToken)).SelectMany(p => p.Consultations).ToList();
        if (asked.Count == 0) throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        if (input.HouseholdId is not { } householdId || !asked.Any(c => c.Doors.Any(d => d.HouseholdId == householdId))) errors["householdId"] = new("Stewards.NotYourDoor");
        return await consultations.RecordAnswerAsync(asked[0].Consultation, input.HouseholdId ?? 0, input.Option, errors, cancellationToken);
    }

    private sealed record Door(int HouseholdId, string Label, bool Answered);

    private sealed record Asked(Consultation Consultation, IReadOnlyList<Door> Doors);

    private sealed record Place(int RegionId, string Label, IReadOnlyList<Asked> Consultations);

    /// <summary>
    /// The steward's places with the consultations open there (or the one asked for) and each one's doors: those of
    /// the place the consultation asks, which holds the steward's place or lies within it.
    /// </summary>
    private async Task<IReadOnlyList<Place>> PlacesAsync(string userId, int? consultationId, CancellationToken cancellationToken)
    {
        if (await self.FindOwnResidentAsync(userId, cancellationToken) is not { } me) return [];
        var terms = await db.Set<BuildingSteward>().IgnoreQueryFilters().AsNoTracking().Where(s => s.ResidentId == me.Id && s.To == null).ToListAsync(cancellationToken);
        if (terms.Count == 0) return [];
        var communities = terms.Select(t => t.CommunityId).Distinct().ToList();
        var open = await db.Set<Consultation>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => communities.Contains(c.CommunityId) && c.ClosedAt == null && (consultationId == null || c.Id == consultationId))
            .OrderByDescending(c => c.Id).Take(20).ToListAsync(cancellationToken);
        var openIds = open.Select(c => c.Id).ToList();
        var answered = (await db.Set<ConsultationAnswer>().IgnoreQueryFilters().Where(a => openIds.Contains(a.ConsultationId))
            .Select(a => new { a.ConsultationId, a.HouseholdId }).ToListAsync(cancellationToken)).Select(a => (a.ConsultationId, a.HouseholdId)).ToHashSet();
        var places = new List<Place>();
        foreach (var term in terms)
        {
            // The place, what lies under it (its flats) and what lies above it (its compound, the community), in one read.
            var path = await db.Regions.IgnoreQueryFilters().Where(r => r.Id == term.RegionId).Select(r => r.Path).FirstAsync(cancellationToken);
            var nodes = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Path.StartsWith(path) || path.StartsWith(r.Path))
                .ToDictionaryAsync(r => r.Id, cancellationToken);
            var doors = await residents.DoorsUnderAsync(term.CommunityId, path, MaxDoors, cancellationToken);
            var asked = new List<Asked>();
            foreach (var consultation in open.Where(c => c.CommunityId == term.CommunityId && nodes.ContainsKey(c.RegionId)))
            {
                var place = nodes[consultation.RegionId].Path;
                var here = doors.Where(d => path.StartsWith(place) || nodes[d.UnitId].Path.StartsWith(place)).ToList();
                if (here.Count > 0)
                    asked.Add(new Asked(consultation, [.. here.Select(d => new Door(d.HouseholdId, Label(nodes, nodes[d.UnitId], term.RegionId),
                        answered.Contains((consultation.Id, d.HouseholdId))))]));
            }
            var label = string.Join(" ", nodes.Values.Where(n => path.StartsWith(n.Path) && PlaceKinds.Contains(n.Kind)).OrderBy(n => n.Depth).Select(n => n.Name));
            places.Add(new Place(term.RegionId, label, asked));
        }
        return places;
    }

    /// <summary>A flat named from the steward's place down ("2单元 301"): the place itself the steward knows.</summary>
    private static string Label(IReadOnlyDictionary<int, RegionNode> nodes, RegionNode unit, int placeId) =>
        unit.ParentId is { } parent && parent != placeId && nodes.TryGetValue(parent, out var above) ? $"{Label(nodes, above, placeId)} {unit.Name}" : unit.Name;
}

public sealed record StewardDeskView(IReadOnlyList<StewardDeskPlace> Places);

public sealed record StewardDeskPlace(int RegionId, string Name, IReadOnlyList<StewardDeskConsultation> Consultations);

public sealed record StewardDeskConsultation(int Id, string Title, string? Details, IReadOnlyList<string> Options, IReadOnlyList<StewardDoor> Doors);

/// <summary>A door the steward calls at: the household (by id, to answer for it), its flat, whether it has answered.</summary>
public sealed record StewardDoor(int HouseholdId, string Flat, bool Answered);
