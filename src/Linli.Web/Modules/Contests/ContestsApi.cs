using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Contests;

/// <summary>/api/v1/contests: public contests, their entries and photos, residents' votes, the review and the ranking.</summary>
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
        api.MapPost("/{id:int}/my-entry", Submit).RequireAuthorization(ContestsPolicies.Vote).Validate<NewSubmission>();
        api.MapGet("/{id:int}/entries/{entryId:int}", Entry);
        api.MapPost("/{id:int}/entries/{entryId:int}/approve", Approve).RequireAuthorization(ContestsPolicies.Manage);
        api.MapPost("/{id:int}/entries/{entryId:int}/reject", Reject).RequireAuthorization(ContestsPolicies.Manage).Validate<RejectEntry>();
        // multipart/form-data with one image in "file": staff for any entry, a household for its own.
        api.MapPost("/{id:int}/entries/{entryId:int}/photos", AddPhoto).RequireAuthorization(ContestsPolicies.AddPhotos).DisableAntiforgery();
        api.MapGet("/{id:int}/entries/{entryId:int}/photos/{photoId:int}", Photo).ProducesFile("image/jpeg", "image/png", "image/webp");
        api.MapPost("/{id:int}/votes", Vote).RequireAuthorization(ContestsPolicies.Vote).Validate<VoteRequest>().ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/{id:int}/onsite-votes", VoteOnSite).RequireAuthorization(ContestsPolicies.Manage).Validate<OnSiteVote>();
        api.MapGet("/{id:int}/ranking", Ranking);
        api.MapGet("/{id:int}/votes", Votes).RequireAuthorization(ContestsPolicies.Manage);
        api.MapGet("/{id:int}/flags", Flags).RequireAuthorization(ContestsPolicies.Manage);
        api.MapPost("/{id:int}/votes/{voteId:int}/remove", Remove).RequireAuthorization(ContestsPolicies.Manage).Validate<RemoveVote>();
        api.MapGet("/{id:int}/removals", Removals);

        // Public by design, like the entry's page that shows them: only photos of approved entries answer.
        app.MapGet("/p/contests/{id:int}/entries/{entryId:int}/photos/{photoId:int}", PublicPhoto).AllowAnonymous().WithTags("Contests")
            .ProducesFile("image/jpeg", "image/png", "image/webp");
    }

    private static async Task<Ok<IReadOnlyList<ContestView>>> List(int? communityId, ContestsService contests, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ContestView>>([.. (await contests.ListAsync(communityId, cancellationToken)).Select(c => View(c, null))]);

    private static async Task<Created<ContestView>> Create(NewContest request, ContestsService contests, CancellationToken cancellationToken)
    {
        var contest = await contests.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{contest.Id}", View(contest, new ContestFigures(0, 0, 0, 0, 0)));
    }

    /// <summary>Staff see the figures (entries, distinct voters, votes, page views); a resident sees the contest.</summary>
    private static async Task<Ok<ContestView>> Get(int id, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var contest = await contests.GetAsync(id, cancellationToken);
        return TypedResults.Ok(View(contest, ContestsPolicies.IsStaff(user) ? await contests.FiguresAsync(id, cancellationToken) : null));
    }

    private static async Task<Ok<IReadOnlyList<EntryView>>> Entries(int id, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var entries = await contests.EntriesAsync(id, await contests.ViewerAsync(user, cancellationToken), cancellationToken);
        var photos = await contests.PhotosOfAsync(id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<EntryView>>([.. entries.Select(e => View(e, [.. photos[e.Id]]))]);
    }

    private static async Task<Ok<EntryView>> Entry(int id, int entryId, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var entry = await contests.EntryAsync(id, entryId, await contests.ViewerAsync(user, cancellationToken), cancellationToken);
        return TypedResults.Ok(View(entry, await contests.PhotoIdsAsync(entryId, cancellationToken)));
    }

    private static async Task<Created<EntryView>> AddEntry(int id, NewEntry request, ContestsService contests, CancellationToken cancellationToken)
    {
        var entry = await contests.AddEntryAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/entries/{entry.Id}", View(entry, []));
    }

    private static async Task<Created<EntryView>> Submit(int id, NewSubmission request, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var entry = await contests.SubmitAsync(id, request, user.UserId(), null, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/entries/{entry.Id}", View(entry, []));
    }

    private static async Task<NoContent> Approve(int id, int entryId, ContestsService contests, CancellationToken cancellationToken)
    {
        await contests.ReviewAsync(id, entryId, true, null, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Reject(int id, int entryId, RejectEntry request, ContestsService contests, CancellationToken cancellationToken)
    {
        await contests.ReviewAsync(id, entryId, false, request.Reason, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<PhotoCreated>> AddPhoto(int id, int entryId, IFormFile file, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var viewer = await contests.ViewerAsync(user, cancellationToken);
        await using var content = file.OpenReadStream();
        var photo = await contests.AddPhotoAsync(id, entryId, content, viewer, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/entries/{entryId}/photos/{photo.Id}", new PhotoCreated(photo.Id));
    }

    private static async Task<FileContentHttpResult> Photo(int id, int entryId, int photoId, ContestsService contests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var file = await contests.PhotoFileAsync(id, entryId, photoId, await contests.ViewerAsync(user, cancellationToken), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PublicPhoto(int id, int entryId, int photoId, ContestsService contests, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await contests.PublicPhotoFileAsync(id, entryId, photoId, cancellationToken) is not { } file) return TypedResults.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.File(file.Content, file.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static async Task<Created<VoteReceipt>> Vote(int id, VoteRequest request, ContestVoting voting, FieldEncryptor encryptor, HttpContext http,
        CancellationToken cancellationToken)
    {
        var receipt = await voting.VoteAsync(id, request.EntryId, http.User.UserId(), VoteOrigin.From(http, encryptor, id), cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/ranking", receipt);
    }

    private static async Task<Created<VoteReceipt>> VoteOnSite(int id, OnSiteVote request, ContestVoting voting, CancellationToken cancellationToken)
    {
        var receipt = await voting.VoteOnSiteAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/contests/{id}/ranking", receipt);
    }

    private static async Task<Ok<IReadOnlyList<RankingLine>>> Ranking(int id, ContestVoting voting, CancellationToken cancellationToken) =>
        TypedResults.Ok(await voting.RankingAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<VoteLine>>> Votes(int id, ContestVoting voting, CancellationToken cancellationToken) =>
        TypedResults.Ok(await voting.VotesAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<ContestFlag>>> Flags(int id, ContestReview review, CancellationToken cancellationToken) =>
        TypedResults.Ok(await review.FlagsAsync(id, cancellationToken));

    private static async Task<NoContent> Remove(int id, int voteId, RemoveVote request, ContestVoting voting, CancellationToken cancellationToken)
    {
        await voting.RemoveVoteAsync(id, voteId, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<Removal>>> Removals(int id, ContestVoting voting, CancellationToken cancellationToken) =>
        TypedResults.Ok(await voting.RemovalsAsync(id, cancellationToken));

    private static ContestView View(Contest c, ContestFigures? figures) =>
        new(c.Id, c.CommunityId, c.Title, c.Description, ChinaTime.ToOffset(c.OpensAt), ChinaTime.ToOffset(c.ClosesAt), c.VotesPerDay, c.AwardCount, c.AccountsPerDevice,
            c.VotesPerAddress, figures, c.GrantProjectId);

    private static EntryView View(ContestEntry e, IReadOnlyList<int> photos) =>
        new(e.Id, e.HouseholdId, e.Title, e.Description, e.Status, e.RejectedReason, e.Votes, e.Views, photos);
}
