using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Contests;

/// <summary>/api/v1/contests: public contests, their entries, residents' votes and the ranking.</summary>
public static class ContestsApi
{
    public static void MapContestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/contests").WithTags("Contests").RequireAuthorization(ContestsPolicies.Read);
        api.MapGet("/", List);
        api.MapPost("/", Create).RequireAuthorization(ContestsPolicies.Manage).Validate<NewContest>();
        api.MapGet("/{id:int}", Get);
        api.MapGet("/{id:int}/entries", Entries);
        api.MapPost("/{id:int}/entries", AddEntry).RequireAuthorization(ContestsPolicies.Manage).Validate<NewEntry>();
        api.MapPost("/{id:int}/votes", Vote).RequireAuthorization(ContestsPolicies.Vote).Validate<VoteRequest>();
        api.MapPost("/{id:int}/onsite-votes", VoteOnSite).RequireAuthorization(ContestsPolicies.Manage).Validate<OnSiteVote>();
        api.MapGet("/{id:int}/ranking", Ranking);
        api.MapGet("/{id:int}/votes", Votes).RequireAuthorization(ContestsPolicies.Manage);
        api.MapPost("/{id:int}/votes/{voteId:int}/remove", Remove).RequireAuthorization(ContestsPolicies.Manage).Validate<RemoveVote>();
        api.MapGet("/{id:int}/removals", Removals);
    }

    private static async Task<Ok<IReadOnlyList<ContestView>>> List(int? communityId, ContestsService contests, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ContestView>>([.. (await contests.ListAsync(communityId, cancellationToken)).Select(c => View(c, null))]);

    private static async Task<Created<ContestView>> Create(NewContest request, ContestsService contests, CancellationToken cancellationToken)
    {
        var contest = await contests.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{contest.Id}", View(contest, new ContestFigures(0, 0, 0)));
    }

    /// <summary>Staff see the figures (entries, distinct voters, votes); a resident sees the contest.</summary>
    private static async Task<Ok<ContestView>> Get(int id, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var contest = await contests.GetAsync(id, cancellationToken);
        return TypedResults.Ok(View(contest, ContestsPolicies.IsStaff(user) ? await contests.FiguresAsync(id, cancellationToken) : null));
    }

    private static async Task<Ok<IReadOnlyList<EntryView>>> Entries(int id, ContestsService contests, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<EntryView>>([.. (await contests.EntriesAsync(id, cancellationToken)).Select(e => new EntryView(e.Id, e.Title, e.Description, e.Votes))]);

    private static async Task<Created<EntryView>> AddEntry(int id, NewEntry request, ContestsService contests, CancellationToken cancellationToken)
    {
        var entry = await contests.AddEntryAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/entries", new EntryView(entry.Id, entry.Title, entry.Description, 0));
    }

    private static async Task<Created<VoteReceipt>> Vote(int id, VoteRequest request, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var receipt = await contests.VoteAsync(id, request.EntryId, user.UserId(), cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/ranking", receipt);
    }

    private static async Task<Created<VoteReceipt>> VoteOnSite(int id, OnSiteVote request, ContestsService contests, CancellationToken cancellationToken)
    {
        var receipt = await contests.VoteOnSiteAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/ranking", receipt);
    }

    private static async Task<Ok<IReadOnlyList<RankingLine>>> Ranking(int id, ContestsService contests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contests.RankingAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<VoteLine>>> Votes(int id, ContestsService contests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contests.VotesAsync(id, cancellationToken));

    private static async Task<NoContent> Remove(int id, int voteId, RemoveVote request, ContestsService contests, CancellationToken cancellationToken)
    {
        await contests.RemoveVoteAsync(id, voteId, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<Removal>>> Removals(int id, ContestsService contests, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contests.RemovalsAsync(id, cancellationToken));

    private static ContestView View(Contest c, ContestFigures? figures) =>
        new(c.Id, c.CommunityId, c.Title, c.Description, ChinaTime.ToOffset(c.OpensAt), ChinaTime.ToOffset(c.ClosesAt), c.VotesPerDay, figures);
}
