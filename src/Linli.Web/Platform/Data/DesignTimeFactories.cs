using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Used only by `dotnet ef migrations add` (see docs/decisions/0001-migrations.md). Schema does not
/// depend on keys or scope, so throwaway ones are fine here.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLinliDb>
{
    public SqliteLinliDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteLinliDb>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable("__ef_migrations")).Options,
        DesignTime.Scope(), DesignTime.Encryptor());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLinliDb>
{
    public PostgresLinliDb CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresLinliDb>().UseNpgsql("Host=localhost;Database=linli_design", o => o.MigrationsHistoryTable("__ef_migrations")).Options,
        DesignTime.Scope(), DesignTime.Encryptor());
}

internal static class DesignTime
{
    public static AccessScope Scope()
    {
        var scope = new AccessScope();
        scope.ActAsSystem();
        return scope;
    }

    public static FieldEncryptor Encryptor() =>
        new(new FieldKeyRing("design", new Dictionary<string, byte[]> { ["design"] = new byte[32] }, new byte[32]));
}
