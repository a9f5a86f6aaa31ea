using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linli.Web.Platform.Data;

/// <summary>
/// SQLite lets one transaction write at a time; the others wait in its busy handler, which sleeps in growing steps
/// (up to 100 ms) and holds a thread while it does. Under a rush (a thousand sign-ups for a hundred seats) that
/// idles the file between writers and starves the thread pool. This gate makes the process's own write
/// transactions queue in memory instead: a transaction starts once the previous one has finished, with no thread
/// blocked and no sleep. It only orders writers; the database still decides (its lock and constraints stay in
/// force), so a writer that waits longer than <see cref="Patience"/> goes ahead and meets SQLite's own locking, as
/// it would without the gate. Released when the transaction commits, rolls back or fails, or at the latest when its
/// connection closes.
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    /// <summary>Keyed by the context: one connection, at most one transaction at a time.</summary>
    private readonly ConditionalWeakTable<DbContext, Turn> turns = [];

    /// <summary>One connection's hold on the gate, given back exactly once.</summary>
    private sealed class Turn(SemaphoreSlim gate)
    {
        private int released;

        public void Release()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is not null && gate.Wait(Patience)) Hold(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null && await gate.WaitAsync(Patience, cancellationToken)) Hold(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Released(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Released(eventData.Context);

    /// <summary>Also when BEGIN itself fails.</summary>
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Released(eventData.Context);

    /// <summary>A transaction disposed without commit or rollback ends with its connection.</summary>
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.Context);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => Released(eventData.Context);

    private void Hold(DbContext? context)
    {
        if (context is null) return;
        Release(context);
        turns.Add(context, new Turn(gate));
    }

    private void Release(DbContext? context)
    {
        if (context is not null && turns.TryGetValue(context, out var turn) && turns.Remove(context)) turn.Release();
    }

    public void Dispose() => gate.Dispose();

    private Task Released(DbContext? context)
    {
        Release(context);
        return Task.CompletedTask;
    }
}
