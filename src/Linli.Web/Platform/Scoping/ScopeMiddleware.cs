using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Scoping;

/// <summary>Fills the request's <see cref="AccessScope"/> from the authenticated user, after authentication ran.</summary>
public sealed class ScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AccessScope scope, LinliDb db)
    {
        var user = context.User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            // Assignments are read fresh on every request so a changed assignment applies at once.
            var paths = await db.UserRegions.IgnoreQueryFilters()
                .Where(ur => ur.UserId == userId)
                .Join(db.Regions.IgnoreQueryFilters(), ur => ur.RegionId, r => r.Id, (_, r) => r.Path)
                .ToListAsync(context.RequestAborted);
            var communities = await CommunitiesAsync(db, paths, context.RequestAborted);
            scope.ActAs(userId, user.Identity?.Name ?? "", user.IsInRole(Roles.PlatformAdmin), paths, communities);
        }
        await next(context);
    }

    private static async Task<List<int>> CommunitiesAsync(LinliDb db, List<string> paths, CancellationToken cancellationToken)
    {
        if (paths.Count == 0) return [];
        // Communities inside an assigned subtree, or on the way down to an assignment below community level.
        var ancestorIds = paths.SelectMany(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Distinct().ToList();
        return await db.Regions.IgnoreQueryFilters()
            .Where(r => r.Kind == Regions.RegionKind.Community && (ancestorIds.Contains(r.Id) || paths.Any(p => r.Path.StartsWith(p))))
            .Select(r => r.Id).ToListAsync(cancellationToken);
    }
}
