using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrantShortlistNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grant_shortlist_notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Program = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObjectionsUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_shortlist_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_shortlist_notices_grant_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "grant_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_grant_shortlist_notices_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_notice_objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_notice_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_notice_objections_grant_shortlist_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "grant_shortlist_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_shortlist_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Community = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_shortlist_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_shortlist_entries_grant_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "grant_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_shortlist_entries_grant_shortlist_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "grant_shortlist_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grant_notice_objections_NoticeId_ApplicationId",
                table: "grant_notice_objections",
                columns: new[] { "NoticeId", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_shortlist_entries_ApplicationId",
                table: "grant_shortlist_entries",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grant_shortlist_entries_NoticeId",
                table: "grant_shortlist_entries",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_shortlist_notices_ProgramId",
                table: "grant_shortlist_notices",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_shortlist_notices_RegionId",
                table: "grant_shortlist_notices",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_notice_objections");

            migrationBuilder.DropTable(
                name: "grant_shortlist_entries");

            migrationBuilder.DropTable(
                name: "grant_shortlist_notices");
        }
    }
}
