using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Platform.Identity;

/// <summary>A host with the sign-in limits as shipped (the other test hosts lift the per-address limit).</summary>
public sealed class ThrottledFactory : LinliFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Linli:SignIn:AttemptsPerMinute", "30")];
}

public sealed class SignInThrottleTests(ThrottledFactory factory) : IClassFixture<ThrottledFactory>
{
    [Fact]
    public async Task Sign_in_attempts_past_the_limit_answer_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++) statuses.Add((await TokenAsync($"nobody{i}", "wrong-password-9")).StatusCode);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 10, string.Join(",", statuses));
        var last = await TokenAsync("nobody", "wrong-password-9");
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), last.Headers.RetryAfter?.Delta);
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
}
