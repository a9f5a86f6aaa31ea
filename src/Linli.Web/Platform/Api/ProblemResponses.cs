using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linli.Web.Platform.Api;

/// <summary>
/// Documents the errors every API operation can answer with, as <see cref="ProblemExceptionHandler"/> and the
/// authentication challenge really send them (application/problem+json), so a generated client knows their shape:
/// 401 and 403 where a caller must be signed in; 404 where the path names a record or
/// the caller's own (/me: a staff account has no resident record); 400 (unreadable) where there is
/// a query or a body to read; 422 (a value broke a rule, errors by field) there and on every write; 409 (conflicts
/// with the record's current state) on every write. What an endpoint declares itself (an import's row report as its
/// 422, sign-in's 401 and 429) is kept; an endpoint's bare error status gets the ProblemDetails body it really carries.
/// </summary>
public static class ProblemResponses
{
    public static void AddProblemResponses(this OpenApiOptions options) => options.AddOperationTransformer(async (operation, context, cancellationToken) =>
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true) return;
        var problem = await ReferenceAsync(context, typeof(ProblemDetails), cancellationToken);
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var write = description.HttpMethod is not "GET";
        var reads = description.ParameterDescriptions.Any(p => p.Source.Id is "Query" or "Body") || operation.RequestBody is not null;

        operation.Responses ??= [];
        void Add(int status, string meaning, IOpenApiSchema schema) => operation.Responses.TryAdd(status.ToString(),
            new OpenApiResponse { Description = meaning, Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } } });

        if (reads) Add(400, "The request could not be read: malformed JSON, or a value of the wrong type", problem);
        if (secured)
        {
            Add(401, "Not signed in, or the token has expired", problem);
            Add(403, "Signed in, but this account may not do this", problem);
        }
        if (description.RelativePath.Contains('{') || description.RelativePath.Split('/').Contains("me")) Add(404, "No such record, or not within the caller's scope (the two are not told apart)", problem);
        if (write) Add(409, "Conflicts with the record's current state; the extensions name what conflicts", problem);
        // An endpoint's own bare error (Results<..., NotFound>) goes out with a ProblemDetails body all the same: the
        // status-code pages write one for every empty error answer under /api.
        foreach (var declared in operation.Responses.Where(r => r.Key[0] is '4' or '5').Select(r => r.Value).OfType<OpenApiResponse>().Where(r => r.Content is not { Count: > 0 }))
            declared.Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } };
        if (write || reads) Add(422, "Values broke rules: errors names each field, with messages in the request's language",
            await ReferenceAsync(context, typeof(HttpValidationProblemDetails), cancellationToken));
    });

    private static async Task<IOpenApiSchema> ReferenceAsync(OpenApiOperationTransformerContext context, Type type, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
            document.AddComponent<IOpenApiSchema>(type.Name, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        return new OpenApiSchemaReference(type.Name, document);
    }
}
