using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    Program = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    RegionPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ObjectionsUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: true),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    RegionPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    FiledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NoticeId = table.Column<int>(type: "integer", nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    ProposedFen = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Community = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
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
