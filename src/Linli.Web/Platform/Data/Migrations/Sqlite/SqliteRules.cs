using Microsoft.EntityFrameworkCore.Migrations;

namespace Linli.Web.Platform.Data.Migrations.Sqlite;

/// <summary>
/// The rules the model cannot express, which the concurrency and integrity design rests on: written by hand,
/// applied by the initial migration after the tables, and compared by the schema test like everything else.
/// </summary>
public static class SqliteRules
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        // The audit log and the points ledger are append-only: the database itself refuses edits and deletions.
        foreach (var (table, what) in new[] { ("platform_audit_entries", "audit log"), ("points_transactions", "points ledger"), ("points_entries", "points ledger") })
        {
            migrationBuilder.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'the {what} is append-only'); END;");
            migrationBuilder.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'the {what} is append-only'); END;");
        }

        // Two live bookings of one space never overlap, counting the buffer after each (BlockedUntil).
        migrationBuilder.Sql("""
            CREATE TRIGGER ex_activities_bookings_overlap BEFORE INSERT ON activities_bookings
            WHEN NEW."Status" IN ('Pending', 'Confirmed') AND EXISTS (
                SELECT 1 FROM activities_bookings b
                WHERE b."SpaceId" = NEW."SpaceId" AND b."Status" IN ('Pending', 'Confirmed')
                  AND b."StartsAt" < NEW."BlockedUntil" AND NEW."StartsAt" < b."BlockedUntil")
            BEGIN SELECT RAISE(ABORT, 'ex_activities_bookings_overlap'); END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER ex_activities_bookings_overlap_update BEFORE UPDATE OF "Status", "StartsAt", "BlockedUntil" ON activities_bookings
            WHEN NEW."Status" IN ('Pending', 'Confirmed') AND EXISTS (
                SELECT 1 FROM activities_bookings b
                WHERE b."Id" <> NEW."Id" AND b."SpaceId" = NEW."SpaceId" AND b."Status" IN ('Pending', 'Confirmed')
                  AND b."StartsAt" < NEW."BlockedUntil" AND NEW."StartsAt" < b."BlockedUntil")
            BEGIN SELECT RAISE(ABORT, 'ex_activities_bookings_overlap'); END;
            """);
    }
}
