using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

/// <summary>A console account as another person's work names it: a group's leader, a case's supervisor.</summary>
public sealed record StaffMember(string Id, string UserName, string DisplayName);

/// <summary>
/// Who works for a community: console accounts holding one of the given roles and assigned to the community, to a
/// place inside it (a grid worker's compound) or to a region above it. Assignments and regions are read past the
/// scope: the caller may be assigned below the community and still work with its other staff.
/// </summary>
public sealed class StaffDirectory(LinliDb db)
{
    public async Task<IReadOnlyList<StaffMember>> OfCommunityAsync(int communityId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken) =>
        await Staff(await PathAsync(communityId, cancellationToken), roles).OrderBy(u => u.UserName)
            .Select(u => new StaffMember(u.Id, u.UserName!, u.DisplayName)).ToListAsync(cancellationToken);

    /// <summary>One account by its id or user name, when it works for the community in one of the roles.</summary>
    public async Task<StaffMember?> FindAsync(int communityId, string idOrUserName, IReadOnlyCollection<string> roles, CancellationToken cancellationToken) =>
        await Staff(await PathAsync(communityId, cancellationToken), roles).Where(u => u.Id == idOrUserName || u.UserName == idOrUserName)
            .Select(u => new StaffMember(u.Id, u.UserName!, u.DisplayName)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private async Task<string> PathAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Regions.IgnoreQueryFilters().Where(r => r.Id == communityId).Select(r => r.Path).FirstAsync(cancellationToken);

    private IQueryable<LinliUser> Staff(string communityPath, IReadOnlyCollection<string> roles) => db.Users
        .Where(u => u.DisabledAt == null)
        .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
        .Where(u => db.UserRegions.IgnoreQueryFilters().Any(ur => ur.UserId == u.Id
            && db.Regions.IgnoreQueryFilters().Any(r => r.Id == ur.RegionId && (r.Path.StartsWith(communityPath) || communityPath.StartsWith(r.Path)))));
}
