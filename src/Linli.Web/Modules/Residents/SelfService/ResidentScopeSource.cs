using Linli.Web.Modules.Residents.Guardians;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.SelfService;

/// <summary>A resident account's own register entry and the living children in that resident's care, for the request's scope.</summary>
public sealed class ResidentScopeSource(LinliDb db) : IResidentScopeSource
{
    private sealed record Person(int ResidentId, int CommunityId);

    // Every resident's request runs these, before any scope exists: compiled once, and past the filters
    // (listed in IgnoreQueryFiltersTests) because they are what the scope is made from.
    private static readonly CompiledQuery<Func<LinliDb, string, Task<Person?>>> Own = new(() => EF.CompileAsyncQuery(
        (LinliDb db, string userId) => db.Set<ResidentAccount>().IgnoreQueryFilters().Where(a => a.UserId == userId)
            .Select(a => new Person(a.ResidentId, a.CommunityId)).FirstOrDefault()));

    private static readonly CompiledQuery<Func<LinliDb, int, IAsyncEnumerable<Person>>> Wards = new(() => EF.CompileAsyncQuery(
        (LinliDb db, int guardianId) => db.Set<Guardianship>().IgnoreQueryFilters().Where(g => g.GuardianId == guardianId)
            .Join(db.Set<Resident>().IgnoreQueryFilters().Where(r => r.Status == ResidentStatus.Living), g => g.ChildId, r => r.Id,
                (_, r) => new Person(r.Id, r.CommunityId))));

    public async Task<ResidentScope> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (await Own.For(db)(db, userId) is not { } own) return new ResidentScope([], []);
        List<Person> people = [own, .. await Wards.For(db)(db, own.ResidentId).ToListAsync(cancellationToken)];
        return new ResidentScope([.. people.Select(p => p.CommunityId).Distinct()], [.. people.Select(p => p.ResidentId).Distinct()]);
    }
}
