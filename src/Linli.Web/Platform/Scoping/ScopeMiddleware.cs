using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Scoping;

/// <summary>Fills the request's <see cref="AccessScope"/> from the authenticated user, after authentication ran: staff from their
/// region assignments, residents from their register entry (<see cref="IResidentScopeSource"/>), a social organization's
/// accounts from their organization (<see cref="IOrganizationScopeSource"/>).</summary>
public sealed class ScopeMiddleware(RequestDelegate next)
{
    // Every signed-in request runs these: compiled once instead of translated again each time.
    private static readonly CompiledQuery<Func<LinliDb, string, IAsyncEnumerable<string>>> AssignedPaths = new(() => EF.CompileAsyncQuery(
        (LinliDb db, string userId) => db.UserRegions.IgnoreQueryFilters()
            .Where(ur => ur.UserId == userId)
            .Join(db.Regions.IgnoreQueryFilters(), ur => ur.RegionId, r => r.Id, (_, r) => r.Path)));

    /// <summary>Communities inside an assigned subtree, or on the way down to an assignment below community level.</summary>
    private static readonly CompiledQuery<Func<LinliDb, List<int>, List<string>, IAsyncEnumerable<int>>> CommunitiesIn = new(() => EF.CompileAsyncQuery(
        (LinliDb db, List<int> ancestorIds, List<string> paths) => db.Regions.IgnoreQueryFilters()
            .Where(r => r.Kind == Regions.RegionKind.Community && (ancestorIds.Contains(r.Id) || paths.Any(p => r.Path.StartsWith(p))))
            .Select(r => r.Id)));

    public async Task InvokeAsync(HttpContext context, AccessScope scope, LinliDb db, IResidentScopeSource residents, IOrganizationScopeSource organizations)
    {
        var user = context.User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && user.IsInRole(Roles.SocialOrganization) && !Roles.RegionAssigned.Any(user.IsInRole))
        {
            var own = await organizations.ForUserAsync(userId, context.RequestAborted);
            scope.ActAsOrganization(userId, user.Identity?.Name ?? "", own.OrganizationIds, own.RegisteredInPaths);
        }
        else if (userId is not null && !Roles.RegionAssigned.Any(user.IsInRole))
        {
            // Anyone without a staff role is a resident: they see through their register entry, not through regions.
            var own = await residents.ForUserAsync(userId, context.RequestAborted);
            scope.ActAsResident(userId, user.Identity?.Name ?? "", own.CommunityIds, own.ResidentIds);
        }
        else if (userId is not null)
        {
            // Assignments are read fresh on every request so a changed assignment applies at once.
            var paths = await AssignedPaths.For(db)(db, userId).ToListAsync(context.RequestAborted);
            var communities = await CommunitiesAsync(db, paths, context.RequestAborted);
            scope.ActAs(userId, user.Identity?.Name ?? "", user.IsInRole(Roles.PlatformAdmin), paths, communities);
        }
        await next(context);
    }

    private static async Task<List<int>> CommunitiesAsync(LinliDb db, List<string> paths, CancellationToken cancellationToken)
    {
        if (paths.Count == 0) return [];
        var ancestorIds = paths.SelectMany(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Distinct().ToList();
        return await CommunitiesIn.For(db)(db, ancestorIds, paths).ToListAsync(cancellationToken);
    }
}
