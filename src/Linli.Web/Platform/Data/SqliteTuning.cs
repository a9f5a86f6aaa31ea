using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Settings every SQLite connection gets when it opens. WAL lets pages read while an import writes and
/// makes commits cheap (synchronous=NORMAL is durable in WAL mode except on power loss, where the last
/// commits may roll back but the file stays consistent); a 32 MB page cache keeps the register's
/// indexes in memory while a large import inserts into them in random order.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
