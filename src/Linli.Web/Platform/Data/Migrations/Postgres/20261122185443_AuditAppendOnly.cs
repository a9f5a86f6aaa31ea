using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: the database itself refuses edits, deletions and truncation.
            migrationBuilder.Sql("""
                CREATE FUNCTION platform_audit_entries_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_entries_no_change BEFORE UPDATE OR DELETE ON platform_audit_entries
                FOR EACH ROW EXECUTE FUNCTION platform_audit_entries_refuse();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_entries_no_truncate BEFORE TRUNCATE ON platform_audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_entries_refuse();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_entries_no_change ON platform_audit_entries;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_entries_no_truncate ON platform_audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS platform_audit_entries_refuse();");
        }
    }
}
