using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Regions;

public sealed record RegionFigures(int Children, int Units, decimal TotalArea);

/// <summary>
/// Browsing and editing the region tree. Reads go through the scope filter, so a node outside the
/// caller's subtrees is simply not found; writes additionally require a visible parent.
/// </summary>
public sealed class RegionsService(LinliDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public Task<RegionNode?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<RegionNode> GetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<RegionNode>> ChildrenAsync(int id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        return await db.Regions.AsNoTracking().Where(r => r.ParentId == id)
            .OrderBy(r => r.Code).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The tops of what the caller sees: the districts for an administrator, the assigned nodes for staff.</summary>
    public async Task<IReadOnlyList<RegionNode>> RootsAsync(CancellationToken cancellationToken)
    {
        var query = db.Regions.AsNoTracking();
        query = scope.SeesAll
            ? query.Where(r => r.ParentId == null)
            : query.Where(r => db.UserRegions.Any(ur => ur.UserId == scope.UserId && ur.RegionId == r.Id));
        return await query.OrderBy(r => r.Code).ToListAsync(cancellationToken);
    }

    private static readonly RegionKind[] AssignableKinds = [RegionKind.District, RegionKind.Street, RegionKind.Community, RegionKind.Compound];

    /// <summary>
    /// The nodes a staff account is usually assigned to (district down to compound), in tree order, for the account
    /// form's picker; plus any nodes named in <paramref name="alsoIds"/> (an assignment further down, such as a building).
    /// </summary>
    public async Task<IReadOnlyList<RegionNode>> AssignableAsync(IReadOnlyCollection<int> alsoIds, CancellationToken cancellationToken)
    {
        // Kinds are stored as text: "district down to compound" is a list, not a comparison ('Street' > 'Compound' as strings).
        var nodes = await db.Regions.AsNoTracking().Where(r => AssignableKinds.Contains(r.Kind) || alsoIds.Contains(r.Id)).ToListAsync(cancellationToken);
        return [.. nodes.OrderBy(r => r.Path, TreeOrder.Instance)];
    }

    /// <summary>
    /// Names of the given communities, in name order. Read past the region filter, as the ids come from the scope's
    /// own list: staff assigned to a compound work for the community above it, which the region filter hides.
    /// </summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CommunityNamesAsync(IReadOnlyCollection<int> communityIds, CancellationToken cancellationToken) =>
        [.. (await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => communityIds.Contains(r.Id) && r.Kind == RegionKind.Community)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Id, r.Name))];

    /// <summary>The visible chain from the caller's top down to the node, for breadcrumbs.</summary>
    public async Task<IReadOnlyList<RegionNode>> AncestryAsync(RegionNode node, CancellationToken cancellationToken)
    {
        var ids = node.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var chain = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return [.. chain.OrderBy(r => r.Depth)];
    }

    public async Task<RegionFigures> FiguresAsync(RegionNode node, CancellationToken cancellationToken)
    {
        var children = await db.Regions.CountAsync(r => r.ParentId == node.Id, cancellationToken);
        var units = db.Regions.Where(r => r.Kind == RegionKind.Unit && r.Path.StartsWith(node.Path));
        // Summed in memory as decimals: SQLite has no decimal type, and the areas are exact to 0.01 m².
        var areas = await units.Select(r => r.ExclusiveArea).ToListAsync(cancellationToken);
        return new RegionFigures(children, areas.Count, areas.Sum(a => a ?? 0));
    }

    public async Task<RegionNode> CreateAsync(int? parentId, RegionKind kind, string name, string code, decimal? exclusiveArea, CancellationToken cancellationToken)
    {
        RegionNode? parent = null;
        if (parentId is null)
        {
            if (!scope.SeesAll) throw new ForbiddenException();
        }
        else
        {
            parent = await db.Regions.FirstOrDefaultAsync(r => r.Id == parentId, cancellationToken) ?? throw new NotFoundException();
        }
        if (await db.Regions.IgnoreQueryFilters().AnyAsync(r => r.ParentId == parentId && r.Code == code.Trim(), cancellationToken))
            throw new FieldValidationException("code", "Region.CodeTaken");

        var node = RegionNode.Create(parent, kind, name, code, exclusiveArea, clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Regions.Add(node);
        await db.SaveChangesAsync(cancellationToken);
        node.AssignPath(parent);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("region.created", "Region", node.Id.ToString(), $"{node.Kind} {node.Code}", cancellationToken);
        return node;
    }

    public async Task<RegionNode> UpdateAsync(int id, string name, string code, decimal? exclusiveArea, CancellationToken cancellationToken)
    {
        var node = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (code.Trim() != node.Code && await db.Regions.IgnoreQueryFilters().AnyAsync(r => r.ParentId == node.ParentId && r.Code == code.Trim(), cancellationToken))
            throw new FieldValidationException("code", "Region.CodeTaken");
        node.Rename(name, code);
        node.SetArea(exclusiveArea);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("region.updated", "Region", node.Id.ToString(), $"{node.Kind} {node.Code}", cancellationToken);
        return node;
    }

    /// <summary>Removes a leaf that nothing refers to; anything still attached makes it a conflict.</summary>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var node = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (await db.Regions.IgnoreQueryFilters().AnyAsync(r => r.ParentId == id, cancellationToken)) throw new ConflictException("Region.HasChildren");
        if (await db.UserRegions.AnyAsync(ur => ur.RegionId == id, cancellationToken)) throw new ConflictException("Region.HasUsers");
        db.Regions.Remove(node);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("Region.InUse");
        }
        await audit.RecordAsync("region.deleted", "Region", id.ToString(), $"{node.Kind} {node.Code}", cancellationToken);
    }
}

/// <summary>Orders materialized paths ("/1/4/17/") parent first, siblings by id: numerically, not as text.</summary>
internal sealed class TreeOrder : IComparer<string>
{
    public static readonly TreeOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var b = (y ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.Parse(a[i]).CompareTo(int.Parse(b[i]));
            if (order != 0) return order;
        }
        return a.Length.CompareTo(b.Length);
    }
}
