using System.Security.Claims;
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
    Throttled,
    Disabled,
}

/// <summary>
/// Checks a user name (or phone) and password, throttled per address (<see cref="SignInThrottle"/>), and audits
/// every attempt it lets through. An unknown name costs the same password hash as a known one and gets the same
/// answer, so neither the answer nor its time tells whether an account exists.
/// </summary>
public sealed class SignInService(SignInManager<LinliUser> signIn, UserManager<LinliUser> users, LinliDb db, FieldEncryptor encryptor,
    AuditLog audit, SignInThrottle throttle, UserSessions sessions)
{
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<LinliUser>().HashPassword(new LinliUser(), Guid.NewGuid().ToString()));

    public async Task<(SignInOutcome Outcome, LinliUser? User)> CheckAsync(string login, string password, string address, CancellationToken cancellationToken)
    {
        if (!throttle.TryAttempt(address, login)) return (SignInOutcome.Throttled, null);
        var user = await FindAsync(login, cancellationToken);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new LinliUser(), DecoyHash.Value, password);
            throttle.RecordFailure(address, login);
            await audit.RecordAsAsync(null, "anonymous", "auth.signin-failed", null, null, "unknown user", cancellationToken);
            return (SignInOutcome.Failed, null);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        var outcome = !result.Succeeded ? SignInOutcome.Failed : user.DisabledAt is not null ? SignInOutcome.Disabled : SignInOutcome.Succeeded;
        if (!result.Succeeded) throttle.RecordFailure(address, login);
        var action = outcome switch
        {
            SignInOutcome.Succeeded => "auth.signin",
            SignInOutcome.Disabled => "auth.signin-disabled",
            _ => result.IsLockedOut ? "auth.locked-out" : "auth.signin-failed",
        };
        await audit.RecordAsAsync(user.Id, user.UserName ?? "", action, "User", user.Id, "", cancellationToken);
        return (outcome, outcome == SignInOutcome.Succeeded ? user : null);
    }

    /// <summary>The principal of a new API session, for its bearer token.</summary>
    public async Task<ClaimsPrincipal> StartTokenSessionAsync(LinliUser user, CancellationToken cancellationToken)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(await sessions.StartAsync(user.Id, SessionKind.Api, cancellationToken));
        return principal;
    }

    /// <summary>Opens a browser session and sets its cookie.</summary>
    public async Task StartBrowserSessionAsync(LinliUser user, CancellationToken cancellationToken) =>
        await RenewBrowserCookieAsync(user, (await sessions.StartAsync(user.Id, SessionKind.Browser, cancellationToken)).Value);

    /// <summary>Issues the browser's cookie again for the same session, after a change that renewed the account's security stamp.</summary>
    public Task RenewBrowserCookieAsync(LinliUser user, string sessionId) =>
        signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(UserSession.ClaimType, sessionId)]);

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

    /// <summary>The caller's address as the throttle counts it (behind a trusted proxy, the forwarded one).</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
