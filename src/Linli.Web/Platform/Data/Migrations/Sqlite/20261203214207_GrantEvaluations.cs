using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrantEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grant_activity_evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Feasibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Effect = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_activity_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_activity_evaluations_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_final_evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Respondents = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfaction = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Influence = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_final_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_final_evaluations_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grant_activity_evaluations_ActivityId",
                table: "grant_activity_evaluations",
                column: "ActivityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grant_activity_evaluations_ProjectId",
                table: "grant_activity_evaluations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_final_evaluations_ProjectId",
                table: "grant_final_evaluations",
                column: "ProjectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_activity_evaluations");

            migrationBuilder.DropTable(
                name: "grant_final_evaluations");
        }
    }
}
