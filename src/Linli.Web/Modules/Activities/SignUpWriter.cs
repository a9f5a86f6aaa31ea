using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities;

/// <summary>A checked sign-up waiting to be written. <paramref name="Status"/> null: a seat if one is left, else the waitlist.</summary>
public sealed record SignUp(int ActivityId, int CommunityId, int ResidentId, RegistrationRole Role, RegistrationStatus? Status, string RegisteredBy,
    DateTime At, string? ActorId, string ActorName);

/// <summary>What the database made of a sign-up.</summary>
public sealed record SignedUp(int Id, RegistrationStatus Status);

/// <summary>
/// Writes sign-ups in batches, one transaction for whatever queued while the previous batch was written (group
/// commit). A rush (a thousand sign-ups for a hundred seats) is bound by the database's writes, not by the checks
/// before them: on SQLite, one transaction per sign-up spent most of its turn at the write lock on the commit, on
/// rewriting the same few pages and on handing the lock to the next, and on PostgreSQL every sign-up queued for the
/// seat's row lock. A batch takes the lock and writes those pages once. Each sign-up in it has a savepoint of its
/// own, so one that fails (already signed up) is rolled back alone and answered with its own error; the rest commit.
/// Nobody waits for a batch to fill: when the queue is empty the next sign-up is written at once, alone. Seats stay
/// the database's to decide (the conditional UPDATE), so several processes writing at once still cannot overfill.
/// Once queued, a sign-up is written even if its caller stops waiting, as a transaction already sent would be.
/// </summary>
public sealed class SignUpWriter
{
    /// <summary>Enough to absorb any realistic queue in one batch, few enough that one transaction stays short.</summary>
    private const int MaxBatch = 100;

    private sealed record Queued(SignUp SignUp, TaskCompletionSource<SignedUp> Done);

    private readonly ConcurrentQueue<Queued> queue = new();
    private readonly IServiceScopeFactory scopes;
    private readonly Histogram<int> batchSizes;

    public SignUpWriter(IServiceScopeFactory scopes, IMeterFactory meters)
    {
        this.scopes = scopes;
        var meter = meters.Create(Platform.Hosting.Telemetry.MeterName);
        batchSizes = meter.CreateHistogram<int>("linli.signups.batch_size", "{sign-up}", "Sign-ups written in one transaction");
        meter.CreateObservableGauge("linli.signups.queue_length", () => queue.Count, "{sign-up}", "Sign-ups waiting for the writer");
    }
    /// <summary>1 while a drain is writing; at most one at a time, so batches never wait on each other's locks.</summary>
    private int draining;

    public Task<SignedUp> WriteAsync(SignUp signUp)
    {
        // Answered off the writer's thread: the caller's remaining work (the response) must not delay the next batch.
        var queued = new Queued(signUp, new TaskCompletionSource<SignedUp>(TaskCreationOptions.RunContinuationsAsynchronously));
        queue.Enqueue(queued);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0) _ = Task.Run(DrainAsync);
        return queued.Done.Task;
    }

    private async Task DrainAsync()
    {
        var batch = new List<Queued>(MaxBatch);
        while (true)
        {
            while (batch.Count < MaxBatch && queue.TryDequeue(out var next)) batch.Add(next);
            if (batch.Count > 0)
            {
                batchSizes.Record(batch.Count);
                await WriteBatchAsync(batch);
                batch.Clear();
                continue;
            }
            Volatile.Write(ref draining, 0);
            // A sign-up queued after the last look but before the flag dropped found a drain running: take it on.
            if (queue.IsEmpty || Interlocked.CompareExchange(ref draining, 1, 0) != 0) return;
        }
    }

    private async Task WriteBatchAsync(List<Queued> batch)
    {
        var written = new List<(Queued Queued, SignedUp Result)>(batch.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using (var commands = new SignUpCommands(db.Database))
            {
                foreach (var queued in batch)
                {
                    var s = queued.SignUp;
                    await commands.BeginAsync();
                    try
                    {
                        var status = s.Status ?? await commands.TakeSeatAsync(s.ActivityId);
                        var id = await commands.InsertAsync(s, status);
                        await commands.EndAsync();
                        written.Add((queued, new SignedUp(id, status)));
                    }
                    // A connection the database ended fails the whole batch (below), with that cause: nothing to undo on it.
                    catch (Exception e) when (!DatabaseUnavailable.Caused(e))
                    {
                        await commands.UndoAsync();
                        // The unique (activity, resident) index: already signed up. A seat taken before it went back with the savepoint.
                        queued.Done.TrySetException(UniqueViolation.Is(e) ? new ConflictException("Activity.AlreadyRegistered") : e);
                    }
                }
            }
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAllAsync([.. written.Select(w => new AuditAct(w.Queued.SignUp.ActorId,
                w.Queued.SignUp.ActorName, "activity.registered", "Activity", w.Queued.SignUp.ActivityId.ToString(), $"registration={w.Result.Id} {w.Result.Status}"))]);
            await transaction.CommitAsync();
            foreach (var (queued, result) in written) queued.Done.TrySetResult(result);
        }
        catch (Exception e)
        {
            // The batch itself failed (its transaction, the audit entries, the commit): nothing of it was written; whoever was not answered yet hears why.
            foreach (var queued in batch) queued.Done.TrySetException(e);
        }
    }
}
