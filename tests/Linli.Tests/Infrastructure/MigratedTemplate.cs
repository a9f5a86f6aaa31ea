using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// An empty database at the current schema, migrated once per test run, that each test host starts from: applying
/// every migration took about five seconds a host, some eighty hosts a run on each provider. The copy holds only the
/// schema (no roles, no administrator, no keys), so a host's start-up still does everything else it does in production;
/// MigrationsTests starts from an empty database and proves the migrations themselves.
/// </summary>
public static class MigratedTemplate
{
    private static readonly Lazy<string> SqliteFile = new(MigrateSqlite);
    private static readonly Lazy<string> PostgresName = new(MigratePostgres);

    /// <summary>Puts a migrated SQLite database where a host on <paramref name="dataDirectory"/> looks for it.</summary>
    public static void CopySqliteTo(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        File.Copy(SqliteFile.Value, Path.Combine(dataDirectory, "linli.db"));
    }

    /// <summary>The migrated PostgreSQL database to create others from (CREATE DATABASE ... TEMPLATE).</summary>
    public static string Postgres => PostgresName.Value;

    private static string MigrateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "linli-tests", $"template-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "linli.db");
        var options = new DbContextOptionsBuilder<SqliteLinliDb>()
            .UseSqlite($"Data Source={file};Pooling=False", o => o.MigrationsHistoryTable("__ef_migrations")).Options;
        using (var db = new SqliteLinliDb(options, DesignTime.Scope(), DesignTime.Encryptor())) db.Database.Migrate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return file;
    }

    private static string MigratePostgres()
    {
        var name = $"linli_template_{Guid.NewGuid():N}";
        var server = TestDatabase.Server;
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        TestDatabase.Execute(admin, $"CREATE DATABASE {name}");
        // No pooled connection may stay open on a template: PostgreSQL refuses to copy a database others are in.
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgresLinliDb>().UseNpgsql(connection, o => o.MigrationsHistoryTable("__ef_migrations")).Options;
        using (var db = new PostgresLinliDb(options, DesignTime.Scope(), DesignTime.Encryptor())) db.Database.Migrate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestDatabase.Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        return name;
    }
}
