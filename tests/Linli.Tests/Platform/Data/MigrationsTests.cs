using System.Data.Common;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linli.Tests.Platform.Data;

/// <summary>A host on an empty database, which applies every migration as a new installation does (the others start from <see cref="MigratedTemplate"/>).</summary>
public sealed class EmptyDatabaseFactory : LinliFactory
{
    protected override bool StartsMigrated => false;
}

/// <summary>
/// Start-up applies the versioned migrations to an empty database. The schema they produce must be
/// the schema the model describes: every table and column, with the same nullability. Runs on the
/// provider of the current test run, so the suite proves it for SQLite and PostgreSQL alike.
/// </summary>
public sealed class MigrationsTests(EmptyDatabaseFactory factory) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task Migrating_an_empty_database_leaves_nothing_pending()
    {
        factory.CreateClient();
        var (pending, modelChanges) = await factory.WithDbAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync()).ToList(), db.Database.HasPendingModelChanges()));
        Assert.Empty(pending);
        Assert.False(modelChanges, "The model has changes that no migration captures: add a migration for each provider.");
    }

    [Fact]
    public async Task Migrated_schema_has_exactly_the_tables_and_columns_of_the_model()
    {
        factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            var expected = db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null)
                .SelectMany(e => e.GetProperties().Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName(), Nullable: p.IsColumnNullable())))
                .Distinct()
                .OrderBy(c => c.Table).ThenBy(c => c.Column)
                .ToList();
            var actual = await ReadColumnsAsync(db.Database.GetDbConnection(), db.Database.IsNpgsql());
            Assert.Equal(expected, actual);
            return 0;
        });
    }

    private static async Task<List<(string Table, string Column, bool Nullable)>> ReadColumnsAsync(DbConnection connection, bool postgres)
    {
        await connection.OpenAsync();
        var columns = new List<(string, string, bool)>();
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ('__ef_migrations', '__EFMigrationsLock')"
            : "SELECT m.name, p.name, p.\"notnull\" = 0 AND p.pk = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p " +
              "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT IN ('__ef_migrations', '__EFMigrationsLock')";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        return [.. columns.OrderBy(c => c.Item1).ThenBy(c => c.Item2)];
    }
}
