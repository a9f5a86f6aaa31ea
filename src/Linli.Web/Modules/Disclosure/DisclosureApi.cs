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
        api.MapGet("/entries/{id:int}/voucher", async (int id, LedgersService ledgers, CancellationToken ct) =>
        {
            var file = await ledgers.VoucherAsync(id, ct);
            return TypedResults.File(file.Content, file.ContentType);
        }).ProducesFile("application/pdf", "image/jpeg", "image/png", "image/webp");
        api.MapPost("/entries/{id:int}/corrections", Correct).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewCorrection>();
        api.MapPost("/entries/{id:int}/approve", Approve).RequireAuthorization(DisclosurePolicies.Keep);
        api.MapGet("/ledgers/{id:int}/entries.xlsx", async (int id, LedgersService ledgers, CancellationToken ct) =>
            TypedResults.File(await ledgers.ExportAsync(id, ct), Platform.Exports.OfficeTypes.Xlsx, $"账目-{id}.xlsx")).ProducesFile(Platform.Exports.OfficeTypes.Xlsx);
        api.MapGet("/ledgers/{id:int}/statements", Statements);
        api.MapPost("/ledgers/{id:int}/statements", PublishStatement).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewStatement>();
        api.MapGet("/statements/{id:int}/notice.docx", async (int id, StatementsService statements, CancellationToken ct) =>
            TypedResults.File(await statements.NoticeAsync(id, ct), Platform.Exports.OfficeTypes.Docx, $"收支公示-{id}.docx")).ProducesFile(Platform.Exports.OfficeTypes.Docx);

        api.MapGet("/notices", Notices);
        api.MapPost("/notices", PublishNotice).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewNotice>();
        api.MapPost("/notices/{id:int}/withdraw", Withdraw).RequireAuthorization(DisclosurePolicies.Keep).Validate<WithdrawNotice>();

        api.MapGet("/works", async (int? communityId, WorksService works, CancellationToken ct) => TypedResults.Ok(await works.ListAsync(communityId, ct)));
        api.MapPost("/works", CreateWorks).RequireAuthorization(DisclosurePolicies.Keep).Validate<NewWorks>();
        api.MapGet("/works/{id:int}", async (int id, WorksService works, CancellationToken ct) => TypedResults.Ok(await works.ViewAsync(id, ct)));
        api.MapPost("/works/{id:int}/opening", (int id, BidOpening request, WorksService works, CancellationToken ct) => Done(works.OpenAsync(id, request, ct)))
            .RequireAuthorization(DisclosurePolicies.Keep).Validate<BidOpening>();
        api.MapPost("/works/{id:int}/award", (int id, BidAward request, WorksService works, CancellationToken ct) => Done(works.AwardAsync(id, request, ct)))
            .RequireAuthorization(DisclosurePolicies.Keep).Validate<BidAward>();
        api.MapPost("/works/{id:int}/progress", (int id, WorksStep request, WorksService works, CancellationToken ct) => Done(works.ProgressAsync(id, request, ct)))
            .RequireAuthorization(DisclosurePolicies.Keep).Validate<WorksStep>();
        api.MapPost("/works/{id:int}/acceptance", (int id, WorksAcceptance request, WorksService works, CancellationToken ct) => Done(works.AcceptAsync(id, request, ct)))
            .RequireAuthorization(DisclosurePolicies.Keep).Validate<WorksAcceptance>();

        var open = app.MapGroup("/api/v1/public").WithTags("Disclosure").AllowAnonymous();
        open.MapGet("/communities/{communityId:int}/works", async (int communityId, WorksService works, CancellationToken ct) => TypedResults.Ok(await works.PublicAsync(communityId, ct)));
        open.MapGet("/communities/{communityId:int}/notices", PublicNotices);
        open.MapGet("/communities/{communityId:int}/ledgers", Public);
        open.MapGet("/ledgers/{id:int}", PublicLedger);
        open.MapGet("/ledgers/{id:int}/verify", Verify);
        open.MapGet("/ledgers/{id:int}/statements", PublicStatements);
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

    private static async Task<Created<WorksView>> CreateWorks(NewWorks request, WorksService works, CancellationToken cancellationToken)
    {
        var project = await works.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/disclosure/works/{project.Id}", project);
    }

    private static async Task<NoContent> Done(Task step)
    {
        await step;
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<NoticeView>>> Notices(int? communityId, NoticesService notices, CancellationToken cancellationToken) =>
        TypedResults.Ok(await notices.ListAsync(communityId, cancellationToken));

    private static async Task<Created<NoticeView>> PublishNotice(NewNotice request, NoticesService notices, CancellationToken cancellationToken)
    {
        var notice = await notices.PublishAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/disclosure/notices?communityId={notice.CommunityId}",
            (await notices.ListAsync(notice.CommunityId, cancellationToken)).Single(n => n.Id == notice.Id));
    }

    private static async Task<NoContent> Withdraw(int id, WithdrawNotice request, NoticesService notices, CancellationToken cancellationToken)
    {
        await notices.WithdrawAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<NoticeView>>> PublicNotices(int communityId, bool? archive, string? q, int? before, NoticesService notices,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await notices.PublicAsync(communityId, archive ?? false, q, before, cancellationToken));

    private static async Task<Ok<IReadOnlyList<StatementView>>> Statements(int id, StatementsService statements, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statements.ListAsync(id, cancellationToken));

    private static async Task<Created<StatementView>> PublishStatement(int id, NewStatement request, StatementsService statements, CancellationToken cancellationToken)
    {
        var statement = await statements.PublishAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/disclosure/ledgers/{id}/statements", (await statements.ListAsync(id, cancellationToken)).Single(s => s.Id == statement.Id));
    }

    private static async Task<Ok<IReadOnlyList<StatementView>>> PublicStatements(int id, StatementsService statements, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statements.PublicListAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<PublicLedgerView>>> Public(int communityId, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.PublicAsync(communityId, cancellationToken));

    private static async Task<Ok<PublicLedgerView>> PublicLedger(int id, int? before, int? take, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.PublicLedgerAsync(id, before, take, cancellationToken));

    private static async Task<Ok<ChainCheck>> Verify(int id, LedgersService ledgers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledgers.VerifyAsync(id, cancellationToken));
}
