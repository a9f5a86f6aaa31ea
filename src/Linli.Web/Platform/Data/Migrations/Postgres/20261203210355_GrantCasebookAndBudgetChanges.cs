using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GrantCasebookAndBudgetChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grant_budget_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    FromLineId = table.Column<int>(type: "integer", nullable: false),
                    ToLineId = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_budget_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_budget_changes_grant_budget_lines_FromLineId",
                        column: x => x.FromLineId,
                        principalTable: "grant_budget_lines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_budget_changes_grant_budget_lines_ToLineId",
                        column: x => x.ToLineId,
                        principalTable: "grant_budget_lines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_budget_changes_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_case_stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Background = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Approach = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Process = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcomes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Story = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StoryConsent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Selected = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_case_stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_case_stories_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_case_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StoryId = table.Column<int>(type: "integer", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Caption = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_case_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_case_photos_grant_case_stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "grant_case_stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_grant_case_photos_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grant_budget_changes_FromLineId",
                table: "grant_budget_changes",
                column: "FromLineId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_budget_changes_ProjectId_Status",
                table: "grant_budget_changes",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_budget_changes_ToLineId",
                table: "grant_budget_changes",
                column: "ToLineId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_case_photos_FileId",
                table: "grant_case_photos",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_case_photos_StoryId",
                table: "grant_case_photos",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_case_stories_ProgramId_Selected",
                table: "grant_case_stories",
                columns: new[] { "ProgramId", "Selected" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_case_stories_ProjectId",
                table: "grant_case_stories",
                column: "ProjectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_budget_changes");

            migrationBuilder.DropTable(
                name: "grant_case_photos");

            migrationBuilder.DropTable(
                name: "grant_case_stories");
        }
    }
}
