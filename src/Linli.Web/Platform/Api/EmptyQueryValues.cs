using Microsoft.AspNetCore.Http.Extensions;

namespace Linli.Web.Platform.Api;

/// <summary>
/// An empty query value means "no filter", everywhere: a form or a link that sends <c>?regionId=&amp;grade=</c>
/// (every filter of the register's export button) is read as if those parameters were left out, instead of
/// failing to bind <c>int?</c> or an enum with a 400. Done once, before any endpoint or page binds the query.
/// </summary>
public sealed class EmptyQueryValues(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.Any(p => p.Value.All(string.IsNullOrEmpty)))
        {
            var kept = query.Where(p => !p.Value.All(string.IsNullOrEmpty)).ToList();
            context.Request.QueryString = new QueryBuilder(kept).ToQueryString();
        }
        return next(context);
    }
}
