using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Settings every SQLite connection gets. WAL lets pages read while an import writes and makes commits cheap
/// (synchronous=NORMAL is durable in WAL mode except on power loss, where the last commits may roll back but the
/// file stays consistent); a 32 MB page cache keeps the register's indexes in memory while a large import inserts
/// into them in random order. EF opens and closes its connection around every query while the pool keeps the
/// native connection, so the settings are applied once per native connection, not on every open.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    private readonly ConditionalWeakTable<object, object> tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsTuning(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsTuning(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True the first time this native connection is seen (a pooled one comes back already tuned).</summary>
    private bool NeedsTuning(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || tuned.TryAdd(handle, this);
}
