using Linli.Web.Platform.Privacy;

namespace Linli.Web.Modules.Contests;

/// <summary>
/// Where an online vote came from, as keyed hashes per contest: the phone (a long-lived cookie, or the
/// <c>X-Linli-Device</c> header an app sends) and the network address. The same phone or address gives the same key
/// within a contest, so votes can be counted and bursts seen; without the lookup key, and across contests, the keys
/// say nothing. A caller without a device id is limited by address alone.
/// </summary>
public sealed record VoteOrigin(string? DeviceKey, string? AddressKey)
{
    public const string DeviceCookie = "linli.device";
    public const string DeviceHeader = "X-Linli-Device";
    private const int KeyLength = 32;

    public static VoteOrigin From(HttpContext http, FieldEncryptor encryptor, int contestId)
    {
        var device = http.Request.Headers[DeviceHeader].FirstOrDefault() ?? http.Request.Cookies[DeviceCookie];
        if (device is null or { Length: > 100 } && !http.Response.HasStarted)
        {
            // A browser without the cookie gets one now: its next vote counts against this phone.
            device = Guid.NewGuid().ToString("N");
            http.Response.Cookies.Append(DeviceCookie, device, new CookieOptions
            {
                HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(400),
            });
        }
        var address = http.Connection.RemoteIpAddress?.ToString();
        return new VoteOrigin(Key(encryptor, contestId, "device", device), Key(encryptor, contestId, "address", address));
    }

    private static string? Key(FieldEncryptor encryptor, int contestId, string kind, string? value) =>
        value is null ? null : encryptor.Lookup($"contest:{contestId}:{kind}:{value}")[..KeyLength];
}
