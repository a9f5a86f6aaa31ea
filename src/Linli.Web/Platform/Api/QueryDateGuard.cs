using Microsoft.AspNetCore.Http.Metadata;

namespace Linli.Web.Platform.Api;

/// <summary>
/// Refuses an API call whose query or route names a date outside <see cref="DateRange"/> with a 422 naming the
/// parameter, before the handler runs. Bodies are checked by <see cref="Validated{T}"/>; this covers
/// "?from=0001-01-01" for every endpoint without each handler repeating it.
/// </summary>
public sealed class QueryDateGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var parameters = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        foreach (var parameter in parameters)
        {
            var type = parameter.ParameterInfo.ParameterType;
            var text = context.Request.Query.TryGetValue(parameter.Name, out var query) ? query.ToString() : context.Request.RouteValues[parameter.Name]?.ToString();
            if (DateRange.IsOutside(text, type)) throw new FieldValidationException(parameter.Name, DateRange.MessageKey, DateRange.Error.Arguments);
        }
        return next(context);
    }
}
