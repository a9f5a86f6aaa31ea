using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Platform.Data;

/// <summary>
/// The in-process queue for SQLite writers (whatever LINLI_TEST_DB says: the gate exists for SQLite only). A turn
/// that is never given back would stall every later write, so these prove each way a transaction ends gives it back.
/// </summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"linli-gate-{Guid.NewGuid():N}.db");
    private readonly SqliteTuning tuning = new();
    private readonly SqliteWriteGate gate = new();

    private sealed class Note
    {
        public int Id { get; set; }
        public string Text { get; set; } = "";
    }

    private sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
    {
        public DbSet<Note> Notes => Set<Note>();
    }

    private NotesDb Open() => new(new DbContextOptionsBuilder<NotesDb>().UseSqlite($"Data Source={file}").AddInterceptors(tuning, gate).Options);

    /// <summary>Far below the gate's patience (10 s): a turn not given back makes the next writer wait that long.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_transaction_dropped_without_commit_or_rollback_lets_the_next_writer_in()
    {
        await using (var setup = Open()) await setup.Database.EnsureCreatedAsync();
        await using (var abandoned = Open())
        {
            await using var transaction = await abandoned.Database.BeginTransactionAsync();
            abandoned.Notes.Add(new Note { Text = "never committed" });
            await abandoned.SaveChangesAsync();
        }
        await using var next = Open();
        await using (var transaction = await next.Database.BeginTransactionAsync().WaitAsync(Prompt))
        {
            next.Notes.Add(new Note { Text = "kept" });
            await next.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        Assert.Equal(["kept"], await next.Notes.Select(n => n.Text).ToListAsync());
    }

    [Fact]
    public async Task Failed_and_rolled_back_transactions_give_their_turn_back_and_concurrent_writers_all_land()
    {
        await using (var setup = Open()) await setup.Database.EnsureCreatedAsync();
        await using (var failing = Open())
        {
            failing.Notes.Add(new Note { Id = 1, Text = "first" });
            await failing.SaveChangesAsync();
            failing.ChangeTracker.Clear();
            failing.Notes.Add(new Note { Id = 1, Text = "same key" });
            await Assert.ThrowsAsync<DbUpdateException>(() => failing.SaveChangesAsync());
        }
        await using (var rolledBack = Open())
        {
            await using var transaction = await rolledBack.Database.BeginTransactionAsync().WaitAsync(Prompt);
            await transaction.RollbackAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 40).Select(n => Task.Run(async () =>
        {
            await using var db = Open();
            await using var transaction = await db.Database.BeginTransactionAsync().WaitAsync(Prompt);
            db.Notes.Add(new Note { Text = $"writer {n}" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })));
        await using var check = Open();
        Assert.Equal(41, await check.Notes.CountAsync());
    }

    public void Dispose()
    {
        gate.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }) File.Delete(path);
    }
}
