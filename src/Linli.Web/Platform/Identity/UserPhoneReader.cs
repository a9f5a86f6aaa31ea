using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

/// <summary>
/// Reads a user's phone for the unmask action. A user is within reach when one of their assigned
/// regions is visible to the caller (the region filter decides); administrators reach everyone.
/// </summary>
public static class UserPhoneReader
{
    public const string SubjectType = "User";
    public const string Field = "phone";

    public static async Task<string?> ReadAsync(LinliDb db, string userId, CancellationToken cancellationToken)
    {
        var reachable = db.ScopeSeesAll
            || await db.UserRegions.AnyAsync(ur => ur.UserId == userId && db.Regions.Any(r => r.Id == ur.RegionId), cancellationToken);
        if (!reachable) return null;
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PhoneNumber).FirstOrDefaultAsync(cancellationToken);
    }
}
