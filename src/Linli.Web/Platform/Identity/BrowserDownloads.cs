using Microsoft.AspNetCore.Http.Metadata;

namespace Linli.Web.Platform.Identity;

/// <summary>
/// A page's link to a file of the API (minutes as Word, a ledger as Excel, a photo): a GET without an Authorization
/// header to an endpoint that answers with a file (<see cref="Api.FileResponses.ProducesFile"/>). Such a request is
/// read with the browser's cookie. Nothing is written by a download, and the cookie (SameSite=Lax) is not sent on
/// another site's image or script requests, so the API's rule against cookie-driven requests (no CSRF) still holds
/// for everything that changes anything.
/// </summary>
public static class BrowserDownloads
{
    public static bool Is(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && !context.Request.Headers.ContainsKey("Authorization")
        && context.GetEndpoint()?.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Any(m => m.Type == typeof(Stream)) == true;
}
