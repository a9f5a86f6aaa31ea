using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReadingRoom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reading_books",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Isbn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_books", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_books_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reading_rules",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    LoanDays = table.Column<int>(type: "integer", nullable: false),
                    MaxRenewals = table.Column<int>(type: "integer", nullable: false),
                    MaxLoans = table.Column<int>(type: "integer", nullable: false),
                    HoldDays = table.Column<int>(type: "integer", nullable: false),
                    FirstReminderDays = table.Column<int>(type: "integer", nullable: false),
                    SecondReminderDays = table.Column<int>(type: "integer", nullable: false),
                    ThirdReminderDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_rules", x => x.CommunityId);
                    table.ForeignKey(
                        name: "FK_reading_rules_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reading_copies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BookId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Barcode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_copies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_copies_reading_books_BookId",
                        column: x => x.BookId,
                        principalTable: "reading_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reading_holds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    BookId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CopyId = table.Column<int>(type: "integer", nullable: true),
                    ReadyUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_holds_reading_books_BookId",
                        column: x => x.BookId,
                        principalTable: "reading_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reading_holds_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reading_loans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    CopyId = table.Column<int>(type: "integer", nullable: false),
                    BookId = table.Column<int>(type: "integer", nullable: false),
                    BorrowerId = table.Column<int>(type: "integer", nullable: false),
                    GuardianId = table.Column<int>(type: "integer", nullable: true),
                    LoanedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Renewals = table.Column<int>(type: "integer", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindersSent = table.Column<int>(type: "integer", nullable: false),
                    LastReminderAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_loans", x => x.Id);
                    table.CheckConstraint("CK_reading_loans_reminders", "\"RemindersSent\" BETWEEN 0 AND 3");
                    table.ForeignKey(
                        name: "FK_reading_loans_reading_copies_CopyId",
                        column: x => x.CopyId,
                        principalTable: "reading_copies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reading_loans_residents_residents_BorrowerId",
                        column: x => x.BorrowerId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reading_books_CommunityId_Isbn",
                table: "reading_books",
                columns: new[] { "CommunityId", "Isbn" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_books_CommunityId_Title",
                table: "reading_books",
                columns: new[] { "CommunityId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_copies_BookId",
                table: "reading_copies",
                column: "BookId");

            migrationBuilder.CreateIndex(
                name: "IX_reading_copies_CommunityId_Barcode",
                table: "reading_copies",
                columns: new[] { "CommunityId", "Barcode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reading_holds_BookId_Status_Id",
                table: "reading_holds",
                columns: new[] { "BookId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_holds_ResidentId_Status",
                table: "reading_holds",
                columns: new[] { "ResidentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_BorrowerId_ReturnedAt",
                table: "reading_loans",
                columns: new[] { "BorrowerId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_CommunityId_LoanedOn",
                table: "reading_loans",
                columns: new[] { "CommunityId", "LoanedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_CommunityId_ReturnedAt_DueOn",
                table: "reading_loans",
                columns: new[] { "CommunityId", "ReturnedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_open_copy",
                table: "reading_loans",
                column: "CopyId",
                unique: true,
                filter: "\"ReturnedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reading_holds");

            migrationBuilder.DropTable(
                name: "reading_loans");

            migrationBuilder.DropTable(
                name: "reading_rules");

            migrationBuilder.DropTable(
                name: "reading_copies");

            migrationBuilder.DropTable(
                name: "reading_books");
        }
    }
}
