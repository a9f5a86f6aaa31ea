using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>What other modules may know of a person on the register (never ID numbers, phones or care data).</summary>
public sealed record ResidentBasics(int Id, int CommunityId, int HouseholdId, int? UnitId, string Name, DateOnly BirthDate, bool Living)
{
    public int AgeOn(DateOnly day) => Ages.On(BirthDate, day);
}

/// <summary>A household's place: its community and the unit it lives in.</summary>
public sealed record HouseholdBasics(int Id, int CommunityId, int? UnitId);

/// <summary>
/// The register as other modules see it: names of ids, one person's basics, the people of a community, household and
/// tag counts. Reads go through the caller's scope like every other read; the modules that use it never touch the
/// register's tables (ModuleBoundaryTests).
/// </summary>
public sealed class ResidentDirectory(LinliDb db)
{
    /// <summary>Names of the residents the caller may see, by id; ids outside the scope are simply absent.</summary>
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<int, string>();
        return await db.Set<Resident>().AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
    }

    /// <summary>One resident's basics, or null outside the caller's scope (a sign-up rush runs it for every request: compiled once).</summary>
    public Task<ResidentBasics?> FindAsync(int id, CancellationToken cancellationToken) => Find.For(db)(db, id, cancellationToken);

    private static readonly CompiledQuery<Func<LinliDb, int, CancellationToken, Task<ResidentBasics?>>> Find = new(() => EF.CompileAsyncQuery(
        (LinliDb db, int id, CancellationToken _) => db.Set<Resident>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new ResidentBasics(r.Id, r.CommunityId, r.HouseholdId, r.UnitId, r.Name, r.BirthDate, r.Status == ResidentStatus.Living)).FirstOrDefault()));

    /// <summary>
    /// The masked name (张*) of anyone on the register, read past the scope: what a public check of a volunteer's
    /// certificate shows to whoever holds its number.
    /// </summary>
    public async Task<string> MaskedNameAsync(int id, CancellationToken cancellationToken) =>
        Platform.Privacy.Mask.Name(await db.Set<Resident>().IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Name).FirstAsync(cancellationToken))!;

    /// <summary>
    /// Birth dates of the residents, read past the scope: a community's reading figures count every borrower of its
    /// loans in age bands (no one is named), including those a compound-level assignment does not show.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, DateOnly>> BirthDatesForFiguresAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<Resident>().IgnoreQueryFilters().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.BirthDate, cancellationToken);
    }

    /// <summary>The guardians recorded for a child, the first recorded first.</summary>
    public async Task<IReadOnlyList<int>> GuardianIdsOfAsync(int childId, CancellationToken cancellationToken) =>
        await db.Set<Guardians.Guardianship>().Where(g => g.ChildId == childId).OrderBy(g => g.Id).Select(g => g.GuardianId).ToListAsync(cancellationToken);

    /// <summary>The living residents of a community (the demo picks its participants here).</summary>
    public async Task<IReadOnlyList<ResidentBasics>> LivingInAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<Resident>().AsNoTracking().Where(r => r.CommunityId == communityId && r.Status == ResidentStatus.Living)
            .OrderBy(r => r.Id).Select(Basics).ToListAsync(cancellationToken);

    /// <summary>The ids of a community's living residents by name, the first of any namesake (the demo finds its people here).</summary>
    public async Task<IReadOnlyDictionary<string, int>> IdsByNameAsync(int communityId, CancellationToken cancellationToken) =>
        (await LivingInAsync(communityId, cancellationToken)).DistinctBy(r => r.Name).ToDictionary(r => r.Name, r => r.Id);

    /// <summary>A household in the caller's scope (a survey answered for a household), or null.</summary>
    public async Task<HouseholdBasics?> FindHouseholdAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Household>().AsNoTracking().Where(h => h.Id == id).Select(h => new HouseholdBasics(h.Id, h.CommunityId, h.UnitId)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The residents living now in the places of a community (compounds, buildings: their region ids), each paired with
    /// every place asked for that holds their flat, as a query for another module's figures to join its records to and
    /// group by place — one query for all the places, however many people live there.
    /// </summary>
    public IQueryable<ResidentHome> HomesIn(int communityId, IReadOnlyCollection<int> placeIds) =>
        from r in db.Set<Resident>()
        where r.CommunityId == communityId && r.Status == ResidentStatus.Living && r.UnitId != null
        from u in db.Regions
        where u.Id == r.UnitId
        from p in db.Regions
        where placeIds.Contains(p.Id) && u.Path.StartsWith(p.Path)
        select new ResidentHome { ResidentId = r.Id, PlaceId = p.Id };

    /// <summary>Households of a community, or of its part under a region path.</summary>
    public Task<int> CountHouseholdsAsync(int communityId, string? underPath, CancellationToken cancellationToken) =>
        underPath is null
            ? db.Set<Household>().CountAsync(h => h.CommunityId == communityId, cancellationToken)
            : db.Set<Household>().CountAsync(h => h.CommunityId == communityId && db.Regions.Any(u => u.Id == h.UnitId && u.Path.StartsWith(underPath)), cancellationToken);

    /// <summary>
    /// The distinct households the residents belong to, counted (a grant project's households reached). The caller has
    /// decided it may count these people — an organization's account sees no community — so the register is read past
    /// the community filter (listed in IgnoreQueryFiltersTests) for this one number.
    /// </summary>
    public async Task<int> CountHouseholdsOfAsync(IReadOnlyCollection<int> residentIds, CancellationToken cancellationToken) =>
        residentIds.Count == 0 ? 0
            : await db.Set<Resident>().IgnoreQueryFilters().Where(r => residentIds.Contains(r.Id)).Select(r => r.HouseholdId).Distinct().CountAsync(cancellationToken);

    /// <summary>
    /// The households whose flat lies under a place of a community (a building or an entrance), by id and flat, read
    /// past the scope for a building steward's own doors: the steward module has checked the caller serves there, and
    /// no one is named — the steward knows the doors.
    /// </summary>
    public async Task<IReadOnlyList<(int HouseholdId, int UnitId)>> DoorsUnderAsync(int communityId, string placePath, int take, CancellationToken cancellationToken) =>
        [.. (await db.Set<Household>().IgnoreQueryFilters().Where(h => h.CommunityId == communityId && h.UnitId != null
                && db.Regions.IgnoreQueryFilters().Any(u => u.Id == h.UnitId && u.Path.StartsWith(placePath)))
            .OrderBy(h => h.UnitId).ThenBy(h => h.Id).Take(take).Select(h => new { h.Id, UnitId = h.UnitId!.Value }).ToListAsync(cancellationToken))
            .Select(h => (h.Id, h.UnitId))];

    /// <summary>Living residents of a community who carry a recorded tag.</summary>
    public Task<int> CountTaggedAsync(int communityId, string tag, CancellationToken cancellationToken) =>
        db.Set<ResidentTag>().CountAsync(t => t.CommunityId == communityId && t.Key == tag
            && db.Set<Resident>().Any(r => r.Id == t.ResidentId && r.Status == ResidentStatus.Living), cancellationToken);

    /// <summary>The recorded tags of each of the residents (for results broken down by tag).</summary>
    public async Task<ILookup<int, string>> TagsOfAsync(IEnumerable<int> residentIds, CancellationToken cancellationToken)
    {
        var wanted = residentIds.Distinct().ToList();
        var rows = await db.Set<ResidentTag>().AsNoTracking().Where(t => wanted.Contains(t.ResidentId))
            .Select(t => new { t.ResidentId, t.Key }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ResidentId, r => r.Key);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Resident, ResidentBasics>> Basics =
        r => new ResidentBasics(r.Id, r.CommunityId, r.HouseholdId, r.UnitId, r.Name, r.BirthDate, r.Status == ResidentStatus.Living);
}
