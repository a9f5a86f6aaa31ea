using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;

namespace Linli.Web.Platform.Api;

/// <summary>
/// One module's one-line descriptions of its operations, keyed "METHOD /api/v1/path" as the OpenAPI document names
/// them; each module registers its own. The OpenAPI document gives each operation its summary (OpenApiTests fails on
/// an operation without one), which a generated client turns into its method's documentation.
/// </summary>
public sealed record ApiSummaries(IReadOnlyDictionary<string, string> ByOperation)
{
    public static void AddSummaries(OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        // The path as the document writes it: no trailing slash of a group's "/" route, no route constraints ({id:int}).
        var path = Regex.Replace("/" + context.Description.RelativePath?.TrimEnd('/'), @"\{(\w+):[^}]+\}", "{$1}");
        var key = $"{context.Description.HttpMethod} {path}";
        foreach (var table in context.ApplicationServices.GetServices<ApiSummaries>())
            if (table.ByOperation.TryGetValue(key, out var summary)) operation.Summary = summary;
        return Task.CompletedTask;
    });
}
