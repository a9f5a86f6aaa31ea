using System.Globalization;
using System.Text.RegularExpressions;
using Linli.Web.Platform.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linli.Web.Platform.Api;

/// <summary>
/// What the OpenAPI document says about itself, so a client generator and a linter (Redocly's recommended rules,
/// run by OpenApiLintTests) get all they need: a title and description, the server at Linli's public address, an
/// operationId on every operation, one schema per type, and enums that a real null passes.
/// </summary>
public static class ApiDocument
{
    /// <summary>Type names two modules both use (each has its TrainingView).</summary>
    private static readonly HashSet<string> SharedNames = [.. typeof(ApiDocument).Assembly.GetExportedTypes()
        .GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key)];

    public static void AddDocumentShape(this OpenApiOptions options)
    {
        // Schemas are named by type name, and two types of one name would silently share the first one's schema
        // (a group's trainings described as a volunteer's): such names get their namespace's last part in front.
        options.CreateSchemaReferenceId = info =>
        {
            var id = OpenApiOptions.CreateDefaultSchemaReferenceId(info);
            return id is not null && SharedNames.Contains(info.Type.Name) ? info.Type.Namespace?.Split('.')[^1] + id : id;
        };
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Linli 邻里 API",
                Version = "v1",
                Description = "The API of Linli, the platform for community life. Sign in with POST /api/v1/auth/token; "
                    + "errors are ProblemDetails (application/problem+json) with messages in the request's language (Accept-Language: zh-CN or en).",
            };
            // The address residents and clients use (Linli:PublicBaseUrl), else the one asked; without the trailing slash a client would double.
            var address = ActivatorUtilities.CreateInstance<PublicAddress>(context.ApplicationServices);
            document.Servers = [new OpenApiServer { Url = address.Base.ToString().TrimEnd('/') }];
            WithoutNullMembers(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            operation.OperationId ??= OperationId(context.Description.HttpMethod!, ApiSummaries.DocumentPath(context.Description.RelativePath));
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// "GET /api/v1/residents/{id}/guardians" → "getResidentsByIdGuardians": unique because method and path are,
    /// stable as long as the path is, and what a generator turns into a method name.
    /// </summary>
    public static string OperationId(string method, string path)
    {
        var words = Regex.Replace(path, "^/api/v1", "").Split(['/', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith('{') ? "By" + Capitalized(w.Trim('{', '}')) : Capitalized(w));
        return method.ToLowerInvariant() + string.Concat(words);
    }

    private static string Capitalized(string word) => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    /// <summary>
    /// An enum used both as T and as T? is one component schema; the generator puts null among its members, while
    /// each nullable use already says "null or the enum" (oneOf). A null then matches both branches and oneOf fails,
    /// so a real response with no value broke its own schema. Null stays only where the use says so.
    /// </summary>
    private static void WithoutNullMembers(OpenApiDocument document)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
            if (schema.Enum is { } members && members.Any(m => m is null))
                schema.Enum = [.. members.Where(m => m is not null)];
    }
}
