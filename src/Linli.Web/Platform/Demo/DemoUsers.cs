using System.Security.Claims;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Demo;

/// <summary>The demo's accounts as the services see a signed-in user, so demo data is written by the people docs/demo.md names.</summary>
public static class DemoUsers
{
    public static async Task<ClaimsPrincipal?> PrincipalAsync(LinliDb db, string userName, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null) return null;
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName!),
            .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "demo"));
    }
}
