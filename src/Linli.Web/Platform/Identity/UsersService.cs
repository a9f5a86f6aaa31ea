using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

public sealed record NewUser(string UserName, string Password, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> RegionIds, string? Phone);

public sealed record UserSummary(string Id, string UserName, string DisplayName, string? PhoneMasked, IReadOnlyList<string> Roles, IReadOnlyList<int> RegionIds, bool LockedOut,
    bool Disabled, bool MustChangePassword);

/// <summary>Accounts, their roles and their region assignments. Every change is audited.</summary>
public sealed class UsersService(UserManager<LinliUser> users, LinliDb db, FieldEncryptor encryptor, AuditLog audit, TimeProvider clock,
    UserSessions sessions, Scoping.AccessScope scope)
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
        // Roles are read on every request (SessionMiddleware), so the change applies to the user's next one.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("user.roles-changed", "User", userId,
            $"roles={string.Join(',', roles)}; regions={string.Join(',', regionIds)}", cancellationToken);
    }

    /// <summary>Disabling ends every session at once; an administrator cannot disable their own account.</summary>
    public async Task SetEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException();
        if (!enabled && userId == scope.UserId) throw new FieldValidationException("enabled", "User.CannotDisableSelf");
        if (enabled == (user.DisabledAt is null)) return;
        user.DisabledAt = enabled ? null : clock.GetUtcNow().UtcDateTime;
        ThrowIfFailed(await users.UpdateAsync(user), "enabled");
        if (!enabled) await sessions.EndAllAsync(userId, keep: null, cancellationToken);
        await audit.RecordAsync(enabled ? "user.enabled" : "user.disabled", "User", userId, "", cancellationToken);
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
            u.LockoutEnd > now, u.DisabledAt is not null, u.MustChangePassword))];
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
        if (distinct.Count == 0 && roles.Any(r => r is not (Roles.PlatformAdmin or Roles.Resident or Roles.SocialOrganization)))
            throw new FieldValidationException("regionIds", "User.RegionRequired");
    }

    /// <summary>Identity's refusals as field errors: password rules under <paramref name="passwordField"/>, the rest under userName.</summary>
    internal static void ThrowIfFailed(IdentityResult result, string passwordField = "password")
    {
        if (result.Succeeded) return;
        var errors = result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "userName")
            .ToDictionary(g => g.Key, g => new FieldError($"Identity.{g.First().Code}"));
        throw new FieldValidationException(errors);
    }
}
