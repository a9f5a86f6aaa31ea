using System.Security.Claims;
using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Grants.Shortlist;

/// <summary>/api/v1/grants: a program's shortlist notices, the objections to them and their answers; the notice itself is public.</summary>
public static class ShortlistApi
{
    public static void MapShortlistApi(this IEndpointRouteBuilder app)
    {
        var programs = app.MapGroup("/api/v1/grants/programs/{id:int}/notices").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        programs.MapGet("/", List);
        programs.MapPost("/", Publish).Validate<NewShortlist>().RequireAuthorization(GrantsPolicies.Manage);

        var notices = app.MapGroup("/api/v1/grants/notices/{id:int}/objections").WithTags("Grants");
        // Anyone signed in may object to a public notice: a resident as much as a staff member.
        notices.MapPost("/", Object).Validate<NewObjection>().RequireAuthorization();
        notices.MapGet("/", Objections).RequireAuthorization(GrantsPolicies.Manage);
        app.MapPost("/api/v1/grants/objections/{id:int}/answer", Answer).WithTags("Grants").Validate<ObjectionAnswer>().RequireAuthorization(GrantsPolicies.Manage);

        app.MapGet("/api/v1/public/grants/notices/{id:int}", Read).WithTags("Grants").AllowAnonymous();
    }

    private static async Task<Ok<IReadOnlyList<ShortlistView>>> List(int id, ShortlistService shortlist, Programs.ProgramsService programs, CancellationToken cancellationToken)
    {
        await programs.FindAsync(id, cancellationToken);
        return TypedResults.Ok(await shortlist.ListAsync(id, cancellationToken));
    }

    private static async Task<Created<GrantCreated>> Publish(int id, NewShortlist request, ShortlistService shortlist, CancellationToken cancellationToken)
    {
        var notice = await shortlist.PublishAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/public/grants/notices/{notice}", new GrantCreated(notice));
    }

    private static async Task<Ok<ShortlistView>> Read(int id, ShortlistService shortlist, CancellationToken cancellationToken) =>
        TypedResults.Ok(await shortlist.ReadPublicAsync(id, cancellationToken));

    private static async Task<Created<GrantCreated>> Object(int id, NewObjection request, ShortlistService shortlist, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/notices/{id}/objections", new GrantCreated(await shortlist.ObjectAsync(id, request, user, cancellationToken)));

    private static async Task<Ok<IReadOnlyList<ObjectionView>>> Objections(int id, ShortlistService shortlist, CancellationToken cancellationToken) =>
        TypedResults.Ok(await shortlist.ObjectionsAsync(id, cancellationToken));

    private static async Task<Ok<ObjectionView>> Answer(int id, ObjectionAnswer request, ShortlistService shortlist, CancellationToken cancellationToken) =>
        TypedResults.Ok(await shortlist.AnswerAsync(id, request, cancellationToken));
}
