using System.ComponentModel.DataAnnotations;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Platform.Privacy;

public sealed record UnmaskRequest(
    [property: Required] string? SubjectType,
    [property: Required] string? SubjectId,
    [property: Required] string? Field,
    [property: Required] string? Reason);

public sealed record UnmaskResponse(string Value);

public static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/privacy").WithTags("Privacy").RequireAuthorization(Policies.Unmask);
        api.MapPost("/unmask", Unmask).Validate<UnmaskRequest>();
    }

    /// <summary>Returns one full sensitive value, after recording who asked, for whom and why.</summary>
    private static async Task<Ok<UnmaskResponse>> Unmask(UnmaskRequest request, UnmaskService unmask, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnmaskResponse(await unmask.UnmaskAsync(request.SubjectType!, request.SubjectId!, request.Field!, request.Reason, cancellationToken)));
}
