using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// Ballots beyond their entry: the list and papers staff reconcile (/api/v1/assemblies/{id}/ballots/...), an owner's
/// own vote from the portal (/mine, /{id}/my-ballot), and a receipt's public check.
/// </summary>
public static class BallotsApi
{
    public static void MapBallotsApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/assemblies/{id:int}/ballots").WithTags("Assemblies").RequireAuthorization(AssembliesPolicies.Collect);
        staff.MapGet("/", List);
        // multipart/form-data with one PDF or photo in "file".
        staff.MapPost("/{ballotId:int}/scan", (int id, int ballotId, IFormFile file, BallotPapers papers, CancellationToken ct) =>
            AttachAsync(id, ballotId, BallotPapers.Paper.Scan, file, papers, ct)).DisableAntiforgery();
        staff.MapPost("/{ballotId:int}/proxy-document", (int id, int ballotId, IFormFile file, BallotPapers papers, CancellationToken ct) =>
            AttachAsync(id, ballotId, BallotPapers.Paper.ProxyDocument, file, papers, ct)).DisableAntiforgery();
        // A scan shows the owner's choices and signature: those who collect ballots hand them in, the front line reads them.
        MapPapers(staff.MapGroup("").RequireAuthorization(AssembliesPolicies.Manage));
        // The same files for signed-in browsers (the API takes bearer tokens only); errors answer as the API's do.
        MapPapers(app.MapGroup("/console/assemblies/{id:int}/ballots").ExcludeFromDescription().WithMetadata(new JsonErrors()).RequireAuthorization(AssembliesPolicies.Manage));

        var owners = app.MapGroup("/api/v1/assemblies").WithTags("Assemblies").RequireAuthorization(AssembliesPolicies.VoteOwn);
        owners.MapGet("/mine", Mine);
        owners.MapPost("/{id:int}/my-ballot", CastOwn).Validate<OwnBallot>();

        app.MapGet("/api/v1/public/assemblies/{id:int}/receipts/{receipt}", Check).AllowAnonymous().WithTags("Assemblies");
    }

    private static void MapPapers(RouteGroupBuilder group)
    {
        group.MapGet("/{ballotId:int}/scan", (int id, int ballotId, BallotPapers papers, CancellationToken ct) => PaperAsync(id, ballotId, BallotPapers.Paper.Scan, papers, ct))
            .ProducesFile("application/pdf", "image/jpeg", "image/png", "image/webp");
        group.MapGet("/{ballotId:int}/proxy-document", (int id, int ballotId, BallotPapers papers, CancellationToken ct) =>
            PaperAsync(id, ballotId, BallotPapers.Paper.ProxyDocument, papers, ct)).ProducesFile("application/pdf", "image/jpeg", "image/png", "image/webp");
    }

    private static async Task<Ok<IReadOnlyList<BallotLine>>> List(int id, BallotPapers papers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await papers.ListAsync(id, cancellationToken));

    private static async Task<NoContent> AttachAsync(int id, int ballotId, BallotPapers.Paper paper, IFormFile file, BallotPapers papers, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        await papers.AttachAsync(id, ballotId, paper, content, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> PaperAsync(int id, int ballotId, BallotPapers.Paper paper, BallotPapers papers, CancellationToken cancellationToken)
    {
        var file = await papers.PaperAsync(id, ballotId, paper, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Ok<IReadOnlyList<MyAssembly>>> Mine(OwnBallots own, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await own.MineAsync(user.UserId(), cancellationToken));

    private static async Task<Created<BallotReceipt>> CastOwn(int id, OwnBallot request, OwnBallots own, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ballot = await own.CastAsync(id, request, user.UserId(), cancellationToken);
        return TypedResults.Created($"/api/v1/public/assemblies/{id}/receipts/{ballot.Receipt}", new BallotReceipt(ballot.Id, ballot.Receipt));
    }

    private static async Task<Results<Ok<ReceiptCheck>, NotFound>> Check(int id, string receipt, BallotPapers papers, CancellationToken cancellationToken) =>
        await papers.CheckAsync(id, receipt, cancellationToken) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound();
}
