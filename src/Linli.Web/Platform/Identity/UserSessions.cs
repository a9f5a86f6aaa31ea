using System.Security.Claims;
using System.Security.Cryptography;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

/// <summary>Opens and ends sign-in sessions (<see cref="UserSession"/>); <see cref="SessionMiddleware"/> checks them on every request.</summary>
public sealed class UserSessions(LinliDb db, TimeProvider clock) : IPeriodicWork
{
    /// <summary>No session outlives this, however active: a stolen cookie or token does not stay useful forever.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromDays(14);

    /// <summary>Opens a session and returns the claim that ties a token or cookie to it.</summary>
    public async Task<Claim> StartAsync(string userId, SessionKind kind, CancellationToken cancellationToken)
    {
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = userId,
            Kind = kind,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new Claim(UserSession.ClaimType, session.Id);
    }

    /// <summary>Ends every open session of the user but <paramref name="keep"/> (the caller's own, when they change their password).</summary>
    public Task<int> EndAllAsync(string userId, string? keep, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), cancellationToken);
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), cancellationToken);
    }

    /// <summary>The periodic clean-up: sessions past their maximum age are of no use to anyone.</summary>
    public Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - MaximumAge;
        return db.UserSessions.Where(s => s.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
