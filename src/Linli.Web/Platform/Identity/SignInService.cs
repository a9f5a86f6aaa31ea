using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>Checks a user name (or phone) and password, with lockout, and audits every attempt.</summary>
public sealed class SignInService(SignInManager<LinliUser> signIn, UserManager<LinliUser> users, LinliDb db, FieldEncryptor encryptor, AuditLog audit)
{
    public async Task<(SignInOutcome Outcome, LinliUser? User)> CheckAsync(string login, string password, CancellationToken cancellationToken)
    {
        var user = await FindAsync(login, cancellationToken);
        if (user is null)
        {
            await audit.RecordAsAsync(null, "anonymous", "auth.signin-failed", null, null, "unknown user", cancellationToken);
            return (SignInOutcome.Failed, null);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        var outcome = result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        var action = outcome switch
        {
            SignInOutcome.Succeeded => "auth.signin",
            SignInOutcome.LockedOut => "auth.locked-out",
            _ => "auth.signin-failed",
        };
        await audit.RecordAsAsync(user.Id, user.UserName ?? "", action, "User", user.Id, "", cancellationToken);
        return (outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    /// <summary>Finds a user by user name, or by mobile number through its keyed lookup hash.</summary>
    public async Task<LinliUser?> FindAsync(string login, CancellationToken cancellationToken)
    {
        login = login.Trim();
        var user = await users.FindByNameAsync(login);
        if (user is not null) return user;
        var phone = PhoneNumbers.Normalize(login);
        if (!PhoneNumbers.IsValidMobile(phone)) return null;
        var lookup = encryptor.Lookup(phone!);
        return await db.Users.FirstOrDefaultAsync(u => u.PhoneLookup == lookup, cancellationToken);
    }
}
