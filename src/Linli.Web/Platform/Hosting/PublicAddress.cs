namespace Linli.Web.Platform.Hosting;

/// <summary>
/// The address Linli prints and sends (QR codes on posters and certificates, share links, the calendar feed and its
/// UIDs): <c>Linli:PublicBaseUrl</c> when set, so that a poster downloaded through an internal address still opens on
/// residents' phones; else the address the request came to, as before the setting.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string Setting = "Linli:PublicBaseUrl";

    /// <summary>The base, ending in "/".</summary>
    public Uri Base
    {
        get
        {
            if (configuration[Setting] is { Length: > 0 } configured) return new Uri(configured.TrimEnd('/') + "/");
            var request = http.HttpContext?.Request ?? throw new InvalidOperationException($"No request to take the address from; set {Setting}.");
            return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        }
    }

    /// <summary>An absolute address for a path of the site ("/verify/ZS1").</summary>
    public string Of(string path) => new Uri(Base, path.TrimStart('/')).ToString();

    /// <summary>The host name, which makes calendar UIDs unique across Linli sites.</summary>
    public string Host => Base.Host;
}
