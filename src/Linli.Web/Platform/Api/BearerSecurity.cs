using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linli.Web.Platform.Api;

/// <summary>
/// Tells a client generator how the API is called: an HTTP bearer scheme (the token from POST /api/v1/auth/token),
/// required by every /api/v1 operation that needs a signed-in caller, and by none that is open to anyone (those say
/// so with an empty list).
/// </summary>
public static class BearerSecurity
{
    public const string Scheme = "Bearer";

    public static void AddBearerSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/v1/auth/token {userName, password} → accessToken; send it as Authorization: Bearer {accessToken}.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // Open operations say so with an empty list: "no scheme needed", not "not described".
            operation.Security = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any()
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }]
                : [];
            return Task.CompletedTask;
        });
    }
}
