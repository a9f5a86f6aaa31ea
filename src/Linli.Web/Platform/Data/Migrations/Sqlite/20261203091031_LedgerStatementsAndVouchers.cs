using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VoucherFileId",
                table: "disclosure_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoucherSha256",
                table: "disclosure_entries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "disclosure_statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LedgerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpeningFen = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpenseFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainHead = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false)
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
