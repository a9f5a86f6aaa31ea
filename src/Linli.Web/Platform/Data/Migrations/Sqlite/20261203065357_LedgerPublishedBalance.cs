using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerPublishedBalance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PublishedBalanceFen",
                table: "disclosure_ledgers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "PublishedEntries",
                table: "disclosure_ledgers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedBalanceFen",
                table: "disclosure_ledgers");

            migrationBuilder.DropColumn(
                name: "PublishedEntries",
                table: "disclosure_ledgers");
        }
    }
}
