using Microsoft.EntityFrameworkCore.Migrations;

namespace Linli.Web.Platform.Data.Migrations.Postgres;

/// <summary>
/// The rules the model cannot express, which the concurrency and integrity design rests on: written by hand,
/// applied by the initial migration after the tables, and compared by the schema test like everything else.
/// </summary>
public static class PostgresRules
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        // The audit log and the points ledger are append-only: the database itself refuses edits, deletions and truncation.
        foreach (var (function, what, tables) in new[]
        {
            ("platform_audit_entries_refuse", "audit log", new[] { "platform_audit_entries" }),
            ("points_ledger_refuse", "points ledger", new[] { "points_transactions", "points_entries" }),
        })
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the {what} is append-only'; END; $$;
                """);
            foreach (var table in tables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {function}();");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {function}();");
            }
        }

        // Two live bookings of one space never overlap, counting the buffer after each (BlockedUntil).
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
        migrationBuilder.Sql("""
            ALTER TABLE activities_bookings ADD CONSTRAINT ex_activities_bookings_overlap
            EXCLUDE USING gist ("SpaceId" WITH =, tstzrange("StartsAt", "BlockedUntil") WITH &&)
            WHERE ("Status" IN ('Pending', 'Confirmed'));
            """);
    }
}
