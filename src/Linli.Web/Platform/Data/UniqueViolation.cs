using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linli.Web.Platform.Data;

/// <summary>Whether a write failed on a unique index (or key), from EF or from plain SQL, on either database.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => Is(inner),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>
    /// Saves, and answers a write refused by a unique index (two clerks at once, the same thing twice) with 409 and
    /// the message given: the database decides, and nothing of the request is kept.
    /// </summary>
    public static async Task SaveOrConflictAsync(this DbContext db, string messageKey, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Is(e))
        {
            db.ChangeTracker.Clear();
            throw new Api.ConflictException(messageKey);
        }
    }
}
