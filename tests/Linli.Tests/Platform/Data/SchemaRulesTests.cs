using System.Data.Common;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linli.Tests.Platform.Data;

/// <summary>
/// What the concurrency and integrity design rests on, beyond tables and columns: every index of the model (its
/// columns and whether it is unique) and every check constraint exist in the migrated database, and so do the
/// hand-written rules the model cannot express (append-only triggers, the bookings' overlap rule). Runs on the
/// provider of the current test run.
/// </summary>
public sealed partial class SchemaRulesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Migrated_indexes_are_exactly_those_of_the_model()
    {
        factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            var expected = db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null)
                .SelectMany(e => e.GetIndexes().Select(i => (Table: e.GetTableName()!, Name: i.GetDatabaseName()!, i.IsUnique,
                    Columns: string.Join(",", i.Properties.Select(p => p.GetColumnName())))))
                .Distinct()
                .Order()
                .ToList();
            var actual = await ReadIndexesAsync(db.Database.GetDbConnection(), db.Database.IsNpgsql());
            Assert.Equal(expected, actual);
            return 0;
        });
    }

    [Fact]
    public async Task Migrated_check_constraints_are_exactly_those_of_the_model()
    {
        factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            // Check constraints live in the design-time model only.
            var model = db.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
            var expected = model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null)
                .SelectMany(e => e.GetCheckConstraints().Select(c => (Table: e.GetTableName()!, Name: c.Name!)))
                .Distinct()
                .Order()
                .ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await ReadCheckConstraintsAsync(db.Database.GetDbConnection(), db.Database.IsNpgsql()));
            return 0;
        });
    }

    [Fact]
    public async Task The_hand_written_rules_are_in_place()
    {
        factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            var postgres = db.Database.IsNpgsql();
            string[] expected = postgres
                ?
                [
                    "activities_bookings ex_activities_bookings_overlap",
                    "platform_audit_entries platform_audit_entries_no_change", "platform_audit_entries platform_audit_entries_no_truncate",
                    "points_entries points_entries_no_change", "points_entries points_entries_no_truncate",
                    "points_transactions points_transactions_no_change", "points_transactions points_transactions_no_truncate",
                ]
                :
                [
                    "activities_bookings ex_activities_bookings_overlap", "activities_bookings ex_activities_bookings_overlap_update",
                    "platform_audit_entries platform_audit_entries_no_delete", "platform_audit_entries platform_audit_entries_no_update",
                    "points_entries points_entries_no_delete", "points_entries points_entries_no_update",
                    "points_transactions points_transactions_no_delete", "points_transactions points_transactions_no_update",
                ];
            Assert.Equal(expected, await ReadRulesAsync(db.Database.GetDbConnection(), postgres));
            return 0;
        });
    }

    private static async Task<List<(string Table, string Name, bool IsUnique, string Columns)>> ReadIndexesAsync(DbConnection connection, bool postgres)
    {
        var rows = await QueryAsync(connection, postgres
            ? """
              SELECT t.relname, i.relname, ix.indisunique, string_agg(a.attname, ',' ORDER BY k.ord)
              FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
              JOIN pg_namespace n ON n.oid = t.relnamespace
              CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
              WHERE n.nspname = 'public' AND NOT ix.indisprimary
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype = 'x')
                AND t.relname NOT IN ('__ef_migrations', '__EFMigrationsLock')
              GROUP BY t.relname, i.relname, ix.indisunique
              """
            : """
              SELECT m.name, il.name, il."unique", (SELECT group_concat(name, ',') FROM (SELECT ii.name FROM pragma_index_info(il.name) ii ORDER BY ii.seqno))
              FROM sqlite_master m JOIN pragma_index_list(m.name) il
              WHERE m.type = 'table' AND il.origin = 'c' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT IN ('__ef_migrations', '__EFMigrationsLock')
              """);
        return [.. rows.Select(r => ((string)r[0], (string)r[1], Convert.ToBoolean(r[2]), (string)r[3])).Order()];
    }

    private static async Task<List<(string Table, string Name)>> ReadCheckConstraintsAsync(DbConnection connection, bool postgres)
    {
        if (postgres)
        {
            var rows = await QueryAsync(connection, """
                SELECT t.relname, c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'public' AND c.contype = 'c'
                """);
            return [.. rows.Select(r => ((string)r[0], (string)r[1])).Order()];
        }
        // SQLite keeps a table's check constraints only in its CREATE TABLE text.
        var tables = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        return [.. tables.SelectMany(t => CheckName().Matches((string)t[1]).Select(m => ((string)t[0], m.Groups[1].Value))).Order()];
    }

    /// <summary>Triggers, and on PostgreSQL the exclusion constraint, as "table name".</summary>
    private static async Task<List<string>> ReadRulesAsync(DbConnection connection, bool postgres)
    {
        var rows = await QueryAsync(connection, postgres
            ? """
              SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND NOT t.tgisinternal
              UNION SELECT t.relname, c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'x'
              """
            : "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'");
        return [.. rows.Select(r => $"{r[0]} {r[1]}").Distinct().Order(StringComparer.Ordinal)];
    }

    private static async Task<List<object[]>> QueryAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\" CHECK")]
    private static partial Regex CheckName();
}
