using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linli.Web.Platform.Api;

/// <summary>
/// One module's one-line descriptions of its operations, keyed "METHOD /path" as the OpenAPI document names them,
/// and of the tags its operations are grouped under; each module registers its own. The OpenAPI document gives each
/// operation its summary and each tag its description (OpenApiTests and the Redocly lint fail on one without), which a
/// generated client turns into its methods' and classes' documentation.
/// </summary>
public sealed record ApiSummaries(IReadOnlyDictionary<string, string> ByOperation, IReadOnlyDictionary<string, string> Tags)
{
    public static void AddSummaries(OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            var key = $"{context.Description.HttpMethod} {DocumentPath(context.Description.RelativePath)}";
            foreach (var table in context.ApplicationServices.GetServices<ApiSummaries>())
                if (table.ByOperation.TryGetValue(key, out var summary)) operation.Summary = summary;
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, context, _) =>
        {
            var described = context.ApplicationServices.GetServices<ApiSummaries>().SelectMany(t => t.Tags).ToDictionary();
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name!).Distinct();
            document.Tags = new HashSet<OpenApiTag>(used.Order().Select(name => new OpenApiTag { Name = name, Description = described.GetValueOrDefault(name) }));
            return Task.CompletedTask;
        });
    }

    /// <summary>The path as the document writes it: no trailing slash of a group's "/" route, no route constraints ({id:int}).</summary>
    public static string DocumentPath(string? relativePath) => Regex.Replace("/" + relativePath?.TrimEnd('/'), @"\{(\w+):[^}]+\}", "{$1}");
}
