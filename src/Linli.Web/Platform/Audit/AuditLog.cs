using System.Runtime.CompilerServices;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Audit;

/// <summary>An act to record for the one who did it, in work that records several at once.</summary>
public sealed record AuditAct(string? ActorId, string ActorName, string Action, string? SubjectType, string? SubjectId, string Summary);

/// <summary>Appends to the chained audit log on behalf of the current scope's user.</summary>
public sealed class AuditLog(LinliDb db, AccessScope scope, TimeProvider clock, ILogger<AuditLog> logger)
{
    private const int Attempts = 8;

    /// <summary>An arbitrary, fixed key for PostgreSQL's advisory lock that serializes appends to the chain.</summary>
    private const long ChainLock = 0x4C696E6C69;

    private sealed record ChainHead(long Sequence, string Hash);

    /// <summary>Compiled once: every audited act reads the head.</summary>
    private static readonly CompiledQuery<Func<LinliDb, CancellationToken, Task<ChainHead?>>> Head = new(() => EF.CompileAsyncQuery((LinliDb db, CancellationToken _) =>
        db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new ChainHead(a.Sequence, a.Hash)).FirstOrDefault()));

    /// <summary>
    /// Writes one entry now, in its own save. Call it after the act itself is saved. Appends queue for the
    /// chain's head inside a transaction (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write
    /// lock its transactions take at once), so concurrent writers wait their turn instead of colliding.
    /// Should two still read the same head, the unique sequence lets one win and the other retries.
    /// </summary>
    public Task<AuditEntry> RecordAsync(string action, string? subjectType, string? subjectId, string summary, CancellationToken cancellationToken = default) =>
        RecordAsAsync(Actor.Id, Actor.Name, action, subjectType, subjectId, summary, cancellationToken);

    /// <summary>Who the entries of this scope are written for, to hand to work that records them elsewhere.</summary>
    public (string? Id, string Name) Actor => (scope.UserId, scope.UserName ?? "anonymous");

    /// <summary>
    /// Appends entries for several acts, in order, inside the caller's open transaction: the head read once and one
    /// INSERT for them all. For work done in batches (sign-ups), whose entries would otherwise each cost a turn.
    /// </summary>
    public async Task RecordAllAsync(IReadOnlyList<AuditAct> acts, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("RecordAllAsync appends inside the caller's transaction.");
        if (acts.Count == 0) return;
        await InsertAsync(await ChainAsync(acts, cancellationToken), cancellationToken);
    }

    /// <summary>For acts before a scope exists, such as a sign-in attempt.</summary>
    public async Task<AuditEntry> RecordAsAsync(string? actorId, string actorName, string action, string? subjectType, string? subjectId,
        string summary, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var entry = (await ChainAsync([new AuditAct(actorId, actorName, action, subjectType, subjectId, summary)], cancellationToken))[0];
            try
            {
                await AppendAsync(entry, cancellationToken);
                if (transaction is not null) await transaction.CommitAsync(cancellationToken);
                return entry;
            }
            catch (Exception e) when (attempt < Attempts && (e is DbUpdateException || UniqueViolation.Is(e)))
            {
                db.Entry(entry).State = EntityState.Detached;
                logger.LogDebug("Audit head moved while appending; retrying (attempt {Attempt}).", attempt);
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Entries for the acts, chained onto the head in order. Inside a transaction: on PostgreSQL it takes the chain's
    /// advisory lock first, on SQLite the transaction holds the write lock already, so no one else moves the head.
    /// </summary>
    private async Task<List<AuditEntry>> ChainAsync(IReadOnlyList<AuditAct> acts, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLock})", cancellationToken);
        var head = await Head.For(db)(db, cancellationToken);
        var (sequence, hash, at) = (head?.Sequence ?? 0, head?.Hash ?? "", clock.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>(acts.Count);
        foreach (var act in acts)
        {
            var entry = AuditEntry.Chain(++sequence, hash, at, act.ActorId, act.ActorName, act.Action, act.SubjectType, act.SubjectId, act.Summary);
            entries.Add(entry);
            hash = entry.Hash;
        }
        return entries;
    }

    /// <summary>
    /// By plain SQL: an entry is often written while holding SQLite's write lock, where EF's change
    /// tracking would cost every writer waiting. Changes the caller left pending go with it through EF, as they
    /// always have, so that they are saved with their entry or not at all.
    /// </summary>
    private async Task AppendAsync(AuditEntry e, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            db.AuditEntries.Add(e);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        await InsertAsync([e], cancellationToken);
    }

    /// <summary>One INSERT for all the entries, their values as parameters.</summary>
    private Task<int> InsertAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        const int columns = 10;
        var rows = entries.Select((_, row) => "(" + string.Join(", ", Enumerable.Range(row * columns, columns).Select(p => $"{{{p}}}")) + ")");
        var values = entries.SelectMany(e => new object?[] { e.Sequence, e.At, e.ActorId, e.ActorName, e.Action, e.SubjectType, e.SubjectId, e.Summary, e.PreviousHash, e.Hash });
        return db.Database.ExecuteSqlAsync(FormattableStringFactory.Create($"""
            INSERT INTO platform_audit_entries ("Sequence", "At", "ActorId", "ActorName", "Action", "SubjectType", "SubjectId", "Summary", "PreviousHash", "Hash")
            VALUES {string.Join(", ", rows)}
            """, [.. values]), cancellationToken);
    }
}
