using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

public sealed record NewUser(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> RegionIds, string? Phone);

public sealed record UserSummary(string Id, string UserName, string DisplayName, string? PhoneMasked, IReadOnlyList<string> Roles, IReadOnlyList<int> RegionIds, bool LockedOut);

/// <summary>Accounts, their roles and their region assignments. Every change is audited.</summary>
public sealed class UsersService(UserManager<LinliUser> users, LinliDb db, FieldEncryptor encryptor, AuditLog audit, TimeProvider clock)
{
    public async Task<LinliUser> CreateAsync(NewUser request, CancellationToken cancellationToken)
    {
        await CheckRolesAndRegionsAsync(request.Roles, request.RegionIds, cancellationToken);
        var user = new LinliUser
        {
            UserName = request.UserName.Trim(),
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        SetPhone(user, request.Phone);
        if (await users.FindByNameAsync(user.UserName) is not null) throw new ConflictException("User.NameTaken");
        if (user.PhoneLookup is not null && await db.Users.AnyAsync(u => u.PhoneLookup == user.PhoneLookup, cancellationToken))
            throw new FieldValidationException("phone", "User.PhoneTaken");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ThrowIfFailed(await users.CreateAsync(user, request.Password));
        ThrowIfFailed(await users.AddToRolesAsync(user, request.Roles.Distinct()));
        db.UserRegions.AddRange(request.RegionIds.Distinct().Select(r => new UserRegion { UserId = user.Id, RegionId = r }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await audit.RecordAsync("user.created", "User", user.Id,
            $"roles={string.Join(',', request.Roles)}; regions={string.Join(',', request.RegionIds)}", cancellationToken);
        return user;
    }

    public async Task SetRolesAsync(string userId, IReadOnlyList<string> roles, IReadOnlyList<int> regionIds, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException();
        await CheckRolesAndRegionsAsync(roles, regionIds, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        ThrowIfFailed(await users.AddToRolesAsync(user, roles.Except(current).Distinct()));
        db.UserRegions.RemoveRange(db.UserRegions.Where(ur => ur.UserId == userId));
        db.UserRegions.AddRange(regionIds.Distinct().Select(r => new UserRegion { UserId = userId, RegionId = r }));
        await db.SaveChangesAsync(cancellationToken);
        // Invalidates the user's cookies at the next validation, so lost roles do not linger.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("user.roles-changed", "User", userId,
            $"roles={string.Join(',', roles)}; regions={string.Join(',', regionIds)}", cancellationToken);
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var list = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var regions = await db.UserRegions.ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. list.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.DisplayName, Mask.Phone(u.PhoneNumber),
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)],
            [.. regions.Where(r => r.UserId == u.Id).Select(r => r.RegionId)],
            u.LockoutEnd > now))];
    }

    public async Task<IReadOnlyList<int>> RegionIdsOfAsync(string userId, CancellationToken cancellationToken) =>
        await db.UserRegions.Where(ur => ur.UserId == userId).Select(ur => ur.RegionId).ToListAsync(cancellationToken);

    private void SetPhone(LinliUser user, string? phone)
    {
        var normalized = PhoneNumbers.Normalize(phone);
        if (normalized is null) return;
        if (!PhoneNumbers.IsValidMobile(normalized)) throw new FieldValidationException("phone", "Validation.Phone");
        user.PhoneNumber = normalized;
        user.PhoneLookup = encryptor.Lookup(normalized);
    }

    private async Task CheckRolesAndRegionsAsync(IReadOnlyList<string> roles, IReadOnlyList<int> regionIds, CancellationToken cancellationToken)
    {
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r))) throw new FieldValidationException("roles", "User.UnknownRole");
        var distinct = regionIds.Distinct().ToList();
        var found = await db.Regions.CountAsync(r => distinct.Contains(r.Id), cancellationToken);
        if (found != distinct.Count) throw new FieldValidationException("regionIds", "User.UnknownRegion");
        if (distinct.Count == 0 && roles.Any(r => r is not (Roles.PlatformAdmin or Roles.Resident)))
            throw new FieldValidationException("regionIds", "User.RegionRequired");
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded) return;
        var errors = result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => new FieldError($"Identity.{g.First().Code}"));
        throw new FieldValidationException(errors);
    }
}
