using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerStatementsAndVouchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedThrough",
                table: "disclosure_ledgers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VoucherFileId",
                table: "disclosure_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoucherSha256",
                table: "disclosure_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "disclosure_statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LedgerId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    OpeningFen = table.Column<long>(type: "bigint", nullable: false),
                    IncomeFen = table.Column<long>(type: "bigint", nullable: false),
                    ExpenseFen = table.Column<long>(type: "bigint", nullable: false),
                    ClosingFen = table.Column<long>(type: "bigint", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    ChainHead = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disclosure_statements_disclosure_ledgers_LedgerId",
                        column: x => x.LedgerId,
                        principalTable: "disclosure_ledgers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_statement_lines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StatementId = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_statement_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disclosure_statement_lines_disclosure_statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "disclosure_statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_entries_VoucherFileId",
                table: "disclosure_entries",
                column: "VoucherFileId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_statement_lines_StatementId",
                table: "disclosure_statement_lines",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_statements_LedgerId_Kind_From",
                table: "disclosure_statements",
                columns: new[] { "LedgerId", "Kind", "From" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_disclosure_entries_platform_files_VoucherFileId",
                table: "disclosure_entries",
                column: "VoucherFileId",
                principalTable: "platform_files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_disclosure_entries_platform_files_VoucherFileId",
                table: "disclosure_entries");

            migrationBuilder.DropTable(
                name: "disclosure_statement_lines");

            migrationBuilder.DropTable(
                name: "disclosure_statements");

            migrationBuilder.DropIndex(
                name: "IX_disclosure_entries_VoucherFileId",
                table: "disclosure_entries");

            migrationBuilder.DropColumn(
                name: "ClosedThrough",
                table: "disclosure_ledgers");

            migrationBuilder.DropColumn(
                name: "VoucherFileId",
                table: "disclosure_entries");

            migrationBuilder.DropColumn(
                name: "VoucherSha256",
                table: "disclosure_entries");
        }
    }
}
