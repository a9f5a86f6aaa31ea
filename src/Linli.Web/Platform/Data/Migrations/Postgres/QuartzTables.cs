using Microsoft.EntityFrameworkCore.Migrations;

namespace Linli.Web.Platform.Data.Migrations.Postgres;

/// <summary>
/// The tables of Quartz.NET's clustered job store, in a schema of their own so that Linli's model and schema tests
/// stay about Linli's tables. Created by the migration, so a database is complete after <c>migrate</c> with no
/// script beside it; the DDL (QuartzTables.sql) is what Quartz itself provisions, and Quartz checks it at every
/// start (docs/decisions/0010-jobs-on-quartz.md).
/// </summary>
public static class QuartzTables
{
    public const string Schema = "quartz";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"CREATE SCHEMA {Schema};");
        using var sql = typeof(QuartzTables).Assembly.GetManifestResourceStream($"{typeof(QuartzTables).Namespace}.QuartzTables.sql")
            ?? throw new InvalidOperationException("QuartzTables.sql is not embedded.");
        migrationBuilder.Sql(new StreamReader(sql).ReadToEnd());
    }

    public static void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql($"DROP SCHEMA {Schema} CASCADE;");
}
