namespace Linli.Web.Platform.Hosting;

/// <summary>
/// Headers on every response that make a browser refuse what Linli never does: run inline or foreign script,
/// guess a download's type, or show Linli inside another site's frame. Inline styles stay allowed (the pages'
/// style attributes); scripts come only from Linli's own static assets.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Policy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    }
}
