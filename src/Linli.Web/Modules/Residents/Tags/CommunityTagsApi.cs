using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Residents.Tags;

public sealed record DefineTagRequest(int CommunityId, string? Name, string? Description);

/// <summary>/api/v1/residents/tags: the custom tags a community defines.</summary>
public static class CommunityTagsApi
{
    public static void MapCommunityTagsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/residents/tags").WithTags("Tags").RequireAuthorization(ResidentsPolicies.Read);
        api.MapGet("/", async (int communityId, CommunityTagsService tags, CancellationToken ct) => TypedResults.Ok(await tags.ListAsync(communityId, ct)));
        api.MapPost("/", Define).RequireAuthorization(ResidentsPolicies.Edit);
        api.MapDelete("/{id:int}", async (int id, CommunityTagsService tags, CancellationToken ct) =>
        {
            await tags.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(ResidentsPolicies.Edit);
    }

    private static async Task<Created<CommunityTagView>> Define(DefineTagRequest request, CommunityTagsService tags, CancellationToken cancellationToken)
    {
        var tag = await tags.DefineAsync(request.CommunityId, request.Name, request.Description, cancellationToken);
        return TypedResults.Created($"/api/v1/residents/tags?communityId={tag.CommunityId}", new CommunityTagView(tag.Id, tag.Name, tag.Description, 0));
    }
}
