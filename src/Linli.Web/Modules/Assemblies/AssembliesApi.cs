using Linli.Web.Platform.Api;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Assemblies;

/// <summary>/api/v1/assemblies: owners' assemblies, their frozen roll, ballots and the count.</summary>
public static class AssembliesApi
{
    public static void MapAssembliesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/assemblies").WithTags("Assemblies").RequireAuthorization(AssembliesPolicies.Read);
        api.MapGet("/", List);
        api.MapPost("/", Create).RequireAuthorization(AssembliesPolicies.Manage).Validate<NewAssembly>();
        api.MapGet("/{id:int}", Get);
        api.MapPost("/{id:int}/open", Open).RequireAuthorization(AssembliesPolicies.Manage);
        api.MapPost("/{id:int}/close", Close).RequireAuthorization(AssembliesPolicies.Manage);
        api.MapGet("/{id:int}/roll", Roll).RequireAuthorization(AssembliesPolicies.Collect);
        api.MapPost("/{id:int}/ballots", Cast).RequireAuthorization(AssembliesPolicies.Collect).Validate<NewBallot>();
        api.MapGet("/{id:int}/result", Result);
        api.MapGet("/{id:int}/pending", Pending).RequireAuthorization(AssembliesPolicies.Collect);
        api.MapPost("/{id:int}/attempts", Attempt).RequireAuthorization(AssembliesPolicies.Collect).Validate<NewAttempt>();
        api.MapGet("/{id:int}/count", Count);
        api.MapPost("/{id:int}/count", SignOff).RequireAuthorization(AssembliesPolicies.Manage).Validate<CountInput>();
        MapNotice(api);
        // The same file for signed-in browsers (the API takes bearer tokens only); errors answer as the API's do.
        MapNotice(app.MapGroup("/console/assemblies").ExcludeFromDescription().WithMetadata(new JsonErrors()).RequireAuthorization(AssembliesPolicies.Read));
        api.MapPost("/{id:int}/publish", Publish).RequireAuthorization(AssembliesPolicies.Manage).Validate<PublishInput>();
    }

    private static void MapNotice(RouteGroupBuilder group) =>
        group.MapGet("/{id:int}/notice.docx", async (int id, AssemblyPublication publication, CancellationToken ct) =>
        {
            var (name, content) = await publication.NoticeAsync(id, ct);
            return TypedResults.File(content, Platform.Exports.OfficeTypes.Docx, name);
        }).ProducesFile(Platform.Exports.OfficeTypes.Docx).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<IReadOnlyList<AssemblyView>>> List(int? compoundId, AssembliesService assemblies, CancellationToken cancellationToken)
    {
        var list = await assemblies.ListAsync(compoundId, cancellationToken);
        var (items, points) = await assemblies.PartsOfAsync([.. list.Select(a => a.Id)], cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AssemblyView>>([.. list.Select(a => View(a, [.. items[a.Id]], [.. points[a.Id].Select(p => new VotingPointView(p.Place, p.Hours))]))]);
    }

    private static async Task<Created<AssemblyView>> Create(NewAssembly request, AssembliesService assemblies, CancellationToken cancellationToken)
    {
        var assembly = await assemblies.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/assemblies/{assembly.Id}", await ViewAsync(assembly, assemblies, cancellationToken));
    }

    private static async Task<Ok<AssemblyView>> Get(int id, AssembliesService assemblies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ViewAsync(await assemblies.GetAsync(id, cancellationToken), assemblies, cancellationToken));

    private static async Task<Ok<AssemblyView>> Open(int id, AssembliesService assemblies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ViewAsync(await assemblies.OpenAsync(id, cancellationToken), assemblies, cancellationToken));

    private static async Task<Ok<AssemblyView>> Close(int id, AssembliesService assemblies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ViewAsync(await assemblies.CloseAsync(id, cancellationToken), assemblies, cancellationToken));

    private static async Task<Ok<RollView>> Roll(int id, AssembliesService assemblies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await assemblies.RollAsync(id, cancellationToken));

    private static async Task<Created<BallotReceipt>> Cast(int id, NewBallot request, AssembliesService assemblies, CancellationToken cancellationToken)
    {
        var ballot = await assemblies.CastAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/assemblies/{id}/ballots/{ballot.Id}", new BallotReceipt(ballot.Id, ballot.Receipt));
    }

    private static async Task<Ok<ResultView>> Result(int id, AssemblyResults results, CancellationToken cancellationToken) =>
        TypedResults.Ok(await results.CountAsync(id, cancellationToken));

    private static async Task<Results<Ok<CountView>, NotFound>> Count(int id, AssembliesService assemblies, AssemblyPublication publication, CancellationToken cancellationToken)
    {
        await assemblies.GetAsync(id, cancellationToken);
        return await publication.CountOfAsync(id, cancellationToken) is { } count ? TypedResults.Ok(count) : TypedResults.NotFound();
    }

    private static async Task<Created<CountView>> SignOff(int id, CountInput request, AssemblyPublication publication, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/assemblies/{id}/count", await publication.SignOffAsync(id, request, cancellationToken));

    private static async Task<Ok<CountView>> Publish(int id, PublishInput request, AssemblyPublication publication, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publication.PublishAsync(id, request, cancellationToken));

    private static async Task<Ok<IReadOnlyList<PendingVoter>>> Pending(int id, AssembliesService assemblies, CancellationToken cancellationToken) =>
        TypedResults.Ok(await assemblies.PendingAsync(id, cancellationToken));

    private static async Task<Created<PendingVoter>> Attempt(int id, NewAttempt request, AssembliesService assemblies, CancellationToken cancellationToken)
    {
        var attempt = await assemblies.RecordAttemptAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/assemblies/{id}/pending", (await assemblies.PendingAsync(id, cancellationToken)).First(p => p.VoterId == attempt.VoterId));
    }

    private static async Task<AssemblyView> ViewAsync(OwnersAssembly a, AssembliesService assemblies, CancellationToken cancellationToken) =>
        View(a, await assemblies.ItemsAsync(a.Id, cancellationToken), await assemblies.VotingPointsAsync(a.Id, cancellationToken));

    private static AssemblyView View(OwnersAssembly a, IReadOnlyList<AssemblyItem> items, IReadOnlyList<VotingPointView> points) =>
        new(a.Id, a.CommunityId, a.CompoundId, a.Title, a.Method, a.NoticedOn, ChinaTime.ToOffset(a.OpensAt), ChinaTime.ToOffset(a.ClosesAt), a.Status,
            [.. items.Select(i => new ItemView(i.Id, i.Title, i.Matter, i.Rule))], points);
}
