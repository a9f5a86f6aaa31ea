using Npgsql;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// The database a test host runs on. LINLI_TEST_DB=postgres runs the suite on a real PostgreSQL
/// server (LINLI_TEST_POSTGRES, a connection string without a database); each host gets its own
/// database, dropped afterwards. A missing server fails the run: it never skips.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public string Provider { get; }
    public string? ConnectionString { get; }
    private readonly string? adminConnection;
    private readonly string? name;

    private TestDatabase(string provider, string? connectionString, string? adminConnection, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.adminConnection = adminConnection;
        this.name = name;
    }

    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable("LINLI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string Server => Environment.GetEnvironmentVariable("LINLI_TEST_POSTGRES")
        ?? throw new InvalidOperationException("LINLI_TEST_DB=postgres needs LINLI_TEST_POSTGRES (for example Host=127.0.0.1;Port=55432;Username=postgres).");

    /// <summary>A database of its own: empty, or already at the current schema (<see cref="MigratedTemplate"/>).</summary>
    public static TestDatabase Create(bool migrated)
    {
        if (!IsPostgres) return new TestDatabase("Sqlite", null, null, null);
        var name = $"linli_test_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString;
        Execute(admin, migrated ? $"CREATE DATABASE {name} TEMPLATE {MigratedTemplate.Postgres}" : $"CREATE DATABASE {name}");
        return new TestDatabase("Postgres", new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString, admin, name);
    }

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (adminConnection is null) return;
        NpgsqlConnection.ClearAllPools();
        Execute(adminConnection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}
