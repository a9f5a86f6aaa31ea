namespace Linli.Web.Platform.Api;

/// <summary>Endpoints that answer with a file say so, so the OpenAPI document describes the download (a binary body of that type).</summary>
public static class FileResponses
{
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint, string contentType, params string[] more) =>
        endpoint.Produces<Stream>(StatusCodes.Status200OK, contentType, more);
}
