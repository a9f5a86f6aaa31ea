using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Audit;

public sealed record AuditEntryResponse(long Sequence, DateTime At, string? ActorId, string ActorName, string Action,
    string? SubjectType, string? SubjectId, string Summary, string Hash);

public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, long? Next);

public static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.Admin);
        api.MapGet("/", List);
        api.MapGet("/verify", Verify);
    }

    /// <summary>Newest first; pass <c>before</c> (a sequence number) from the previous page's <c>next</c>.</summary>
    public static async Task<AuditPage> ListAsync(LinliDb db, string? action, long? before, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 200);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action)) query = query.Where(a => a.Action == action);
        if (before is not null) query = query.Where(a => a.Sequence < before);
        var rows = await query.OrderByDescending(a => a.Sequence).Take(limit + 1)
            .Select(a => new AuditEntryResponse(a.Sequence, a.At, a.ActorId, a.ActorName, a.Action, a.SubjectType, a.SubjectId, a.Summary, a.Hash))
            .ToListAsync(cancellationToken);
        return new AuditPage([.. rows.Take(limit)], rows.Count > limit ? rows[limit - 1].Sequence : null);
    }

    private static async Task<Ok<AuditPage>> List(LinliDb db, string? action, long? before, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(db, action, before, limit ?? 50, cancellationToken));

    private static async Task<Ok<AuditVerification>> Verify(AuditVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));
}
