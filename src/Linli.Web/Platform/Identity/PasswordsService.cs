using System.Security.Cryptography;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Identity;

/// <summary>Changing one's own password, and an administrator's reset to a temporary one. Both are audited.</summary>
public sealed class PasswordsService(UserManager<LinliUser> users, UserSessions sessions, AuditLog audit)
{
    /// <summary>Changes the caller's password. Their other sessions end; the one they changed it from stays open.</summary>
    public async Task ChangeOwnAsync(string userId, string? currentSessionId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException();
        if (!await users.CheckPasswordAsync(user, currentPassword)) throw new FieldValidationException("currentPassword", "Account.WrongPassword");
        if (newPassword == currentPassword) throw new FieldValidationException("newPassword", "Account.SamePassword");
        UsersService.ThrowIfFailed(await users.ChangePasswordAsync(user, currentPassword, newPassword), "newPassword");
        user.MustChangePassword = false;
        UsersService.ThrowIfFailed(await users.UpdateAsync(user), "newPassword");
        await sessions.EndAllAsync(userId, keep: currentSessionId, cancellationToken);
        await audit.RecordAsync("user.password-changed", "User", userId, "", cancellationToken);
    }

    /// <summary>Sets a temporary password that must be changed at the next sign-in, lifts any lockout and ends every session.</summary>
    public async Task<string> ResetAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException();
        var temporary = Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        UsersService.ThrowIfFailed(await users.ResetPasswordAsync(user, token, temporary), "password");
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        UsersService.ThrowIfFailed(await users.UpdateAsync(user), "password");
        await sessions.EndAllAsync(userId, keep: null, cancellationToken);
        await audit.RecordAsync("user.password-reset", "User", userId, "", cancellationToken);
        return temporary;
    }

    /// <summary>Twelve characters that read aloud without confusion (no 0/O, 1/l/I), with letters and digits both.</summary>
    public static string Generate()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        return RandomNumberGenerator.GetString(letters, 4) + "-" + RandomNumberGenerator.GetString(letters + digits, 4) + "-"
            + RandomNumberGenerator.GetString(digits, 4);
    }
}
