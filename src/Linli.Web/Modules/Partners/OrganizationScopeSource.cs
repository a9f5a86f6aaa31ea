using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Partners;

/// <summary>The organizations a social organization's account works for, and where each was registered, for the request's scope.</summary>
public sealed class OrganizationScopeSource(LinliDb db) : IOrganizationScopeSource
{
    private sealed record Membership(int PartnerId, string RegionPath);

    // Runs before any scope exists, so past the filters (listed in IgnoreQueryFiltersTests): it is what the scope is made from.
    private static readonly CompiledQuery<Func<LinliDb, string, IAsyncEnumerable<Membership>>> Own = new(() => EF.CompileAsyncQuery(
        (LinliDb db, string userId) => db.Set<PartnerAccount>().Where(a => a.UserId == userId)
            .Join(db.Set<Partner>().IgnoreQueryFilters().Where(p => p.Status == PartnerStatus.Active), a => a.PartnerId, p => p.Id,
                (_, p) => new Membership(p.Id, p.RegionPath))));

    public async Task<OrganizationScope> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var own = await Own.For(db)(db, userId).ToListAsync(cancellationToken);
        return new OrganizationScope([.. own.Select(m => m.PartnerId)], [.. own.Select(m => m.RegionPath).Distinct()]);
    }
}

/// <summary>What other modules may ask of partners: an organization's name and kind, and whether an account works for it.</summary>
public sealed class PartnerDirectory(LinliDb db)
{
    /// <summary>The partner kinds that may carry a grant project.</summary>
    public static readonly PartnerKind[] Carriers = [PartnerKind.SocialOrganization, PartnerKind.Foundation, PartnerKind.University];

    public sealed record Organization(int Id, string Name, PartnerKind Kind, int RegionId, string RegionPath);

    /// <summary>A partner the caller sees, or null.</summary>
    public async Task<Organization?> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Partner>().AsNoTracking().Where(p => p.Id == id).Select(p => new Organization(p.Id, p.Name, p.Kind, p.RegionId, p.RegionPath))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<Partner>().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }

    /// <summary>The organizations that may carry a grant project (social organizations, foundations, university centres) the caller sees, or only <paramref name="only"/>.</summary>
    public async Task<IReadOnlyDictionary<int, string>> CarriersAsync(IReadOnlyCollection<int>? only, CancellationToken cancellationToken) =>
        await db.Set<Partner>().Where(p => (only == null || only.Contains(p.Id)) && p.Status == PartnerStatus.Active && Carriers.Contains(p.Kind))
            .OrderBy(p => p.Name).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

    /// <summary>The active partners the caller sees, by kind and name: where a case may be referred (资源链接).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ActiveAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<Partner>().AsNoTracking().Where(p => p.Status == PartnerStatus.Active).OrderBy(p => p.Kind).ThenBy(p => p.Name).Take(500)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name))];

    /// <summary>Partners the caller sees, by name (the demo finds the carriers it registered).</summary>
    public async Task<IReadOnlyDictionary<string, int>> IdsByNameAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Distinct().ToList();
        return await db.Set<Partner>().Where(p => wanted.Contains(p.Name)).ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
    }

    /// <summary>Whether the account works for the organization: such a person may not review its applications.</summary>
    public Task<bool> WorksForAsync(string userId, int organizationId, CancellationToken cancellationToken) =>
        db.Set<PartnerAccount>().AnyAsync(a => a.UserId == userId && a.PartnerId == organizationId, cancellationToken);
}
