using Microsoft.Data.Sqlite;
using Npgsql;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Whether a request failed because the database could not be reached rather than because of the request: the
/// server restarting or down, a connection it cut, no connection to be had, a SQLite file locked past its timeout.
/// Such a request answers 503 with Retry-After (the balancer and the client try again; nothing about the request
/// was wrong), and Linli recovers by itself: the connection pool opens fresh connections once the server answers.
/// </summary>
public static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    public static bool Caused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (Unavailable(e)) return true;
        return false;
    }

    private static bool Unavailable(Exception e) => e switch
    {
        // Class 08: connection exceptions; 57P01-57P03: the server shutting down or starting; 53300: too many connections.
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        // Not from the server at all: the socket failed, refused or timed out.
        NpgsqlException => true,
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        _ => false,
    };
}
