using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Disclosure;

/// <summary>/api/v1/disclosure: fund ledgers and their entries; /api/v1/public: what anyone may read and check.</summary>
public static class DisclosureApi
{
    public static void MapDisclosureApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/disclosure").WithTags("Disclosure").RequireAuthorization(DisclosurePolicies.Read);
        api.MapGet("/ledgers", List);
        api.MapPost("/ledgers", Create).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewLedger>();
        api.MapGet("/ledgers/{id:int}", Get);
        api.MapGet("/ledgers/{id:int}/entries", Entries);
        api.MapPost("/ledgers/{id:int}/entries", Record).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewEntry>();
        // Only GET here: an entry is never changed or deleted, so PUT and DELETE answer 405.
        api.MapGet("/entries/{id:int}", Entry);
        api.MapPost("/entries/{id:int}/corrections", Correct).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewCorrection>();
        api.MapPost("/entries/{id:int}/approve", Approve).RequireAuthorization(DisclosurePolicies.Keep);

        var open = app.MapGroup("/api/v1/public").WithTags("Disclosure").AllowAnonymous();
        open.MapGet("/communities/{communityId:int}/ledgers", Public);
        open.MapGet("/ledgers/{id:int}", PublicLedger);
        open.MapGet("/ledgers/{id:int}/verify", Verify);
    }

    private static async Task<Ok<IReadOnlyList<LedgerView>>> List(int? communityId, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.ListAsync(communityId, cancellationToken));

    private static async Task<Created<LedgerView>> Create(NewLedger request, LedgersService ledgers, CancellationToken cancellationToken)
    {
        var ledger = await ledgers.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/disclosure/ledgers/{ledger.Id}", await ledgers.ViewAsync(ledger.Id, cancellationToken));
    }

    private static async Task<Ok<LedgerView>> Get(int id, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.ViewAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<EntryView>>> Entries(int id, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.EntriesAsync(id, cancellationToken));

    private static async Task<Created<EntryView>> Record(int id, NewEntry request, LedgersService ledgers, CancellationToken cancellationToken)
    {
        var entry = await ledgers.RecordAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/disclosure/entries/{entry.Id}", await ledgers.EntryAsync(entry.Id, cancellationToken));
    }

    private static async Task<Ok<EntryView>> Entry(int id, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.EntryAsync(id, cancellationToken));

    private static async Task<Created<EntryView>> Correct(int id, NewCorrection request, LedgersService ledgers, CancellationToken cancellationToken)
    {
        var entry = await ledgers.CorrectAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/disclosure/entries/{entry.Id}", await ledgers.EntryAsync(entry.Id, cancellationToken));
    }

    private static async Task<NoContent> Approve(int id, LedgersService ledgers, CancellationToken cancellationToken)
    {
        await ledgers.ApproveAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<PublicLedgerView>>> Public(int communityId, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.PublicAsync(communityId, cancellationToken));

    private static async Task<Ok<PublicLedgerView>> PublicLedger(int id, int? before, int? take, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.PublicLedgerAsync(id, before, take, cancellationToken));

    private static async Task<Ok<ChainCheck>> Verify(int id, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.VerifyAsync(id, cancellationToken));
}
