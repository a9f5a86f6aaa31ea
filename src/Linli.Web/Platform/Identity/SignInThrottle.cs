using System.Threading.RateLimiting;

namespace Linli.Web.Platform.Identity;

/// <summary>
/// Slows password guessing without handing anyone a lever to lock others out. Two limits, both per process
/// (several hosts each keep their own, which only makes them looser by the number of hosts):
/// an address may try <see cref="SignInOptions.AttemptsPerMinute"/> sign-ins a minute, whatever the account;
/// and after <see cref="SignInOptions.FailuresPerAccount"/> wrong passwords for one account from one address,
/// that address may not try that account again for 15 minutes. The account itself stays open to everyone else,
/// which is what an account-wide lockout after five failures did not do (anyone could lock "admin").
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> attempts;
    private readonly PartitionedRateLimiter<string> failures;

    public SignInThrottle(SignInOptions options)
    {
        attempts = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new()
        {
            PermitLimit = options.AttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
        }));
        failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new()
        {
            PermitLimit = options.FailuresPerAccount,
            Window = FailureWindow,
            SegmentsPerWindow = 15,
        }));
    }

    /// <summary>Takes one attempt for the address; false when it has used up its minute or failed this account too often.</summary>
    public bool TryAttempt(string address, string login)
    {
        // Asking for no permit only tells whether one is left.
        using (var failed = failures.AttemptAcquire(FailureKey(address, login), 0))
        {
            if (!failed.IsAcquired) return false;
        }
        using var attempt = attempts.AttemptAcquire(address);
        return attempt.IsAcquired;
    }

    public void RecordFailure(string address, string login) => failures.AttemptAcquire(FailureKey(address, login)).Dispose();

    private static string FailureKey(string address, string login) => $"{address}|{login.Trim().ToLowerInvariant()}";

    public void Dispose()
    {
        attempts.Dispose();
        failures.Dispose();
    }
}

/// <summary>The "Linli:SignIn" settings.</summary>
public sealed class SignInOptions
{
    public int AttemptsPerMinute { get; set; } = 30;
    public int FailuresPerAccount { get; set; } = 10;
}
