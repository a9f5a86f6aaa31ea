using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrantRecordsFiguresAndReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GrantProjectId",
                table: "deliberation_meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GrantProjectId",
                table: "contests_contests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PartnerId",
                table: "care_referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "grant_project_figures",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonTimes = table.Column<int>(type: "INTEGER", nullable: false),
                    UniquePeople = table.Column<int>(type: "INTEGER", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    Volunteers = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerHours = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    HealthRecords = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfaction = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_project_figures", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_grant_project_figures_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_meetings_GrantProjectId",
                table: "deliberation_meetings",
                column: "GrantProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_contests_GrantProjectId",
                table: "contests_contests",
                column: "GrantProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_care_referrals_PartnerId",
                table: "care_referrals",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_project_figures_ProgramId",
                table: "grant_project_figures",
                column: "ProgramId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_project_figures");

            migrationBuilder.DropIndex(
                name: "IX_deliberation_meetings_GrantProjectId",
                table: "deliberation_meetings");

            migrationBuilder.DropIndex(
                name: "IX_contests_contests_GrantProjectId",
                table: "contests_contests");

            migrationBuilder.DropIndex(
                name: "IX_care_referrals_PartnerId",
                table: "care_referrals");

            migrationBuilder.DropColumn(
                name: "GrantProjectId",
                table: "deliberation_meetings");

            migrationBuilder.DropColumn(
                name: "GrantProjectId",
                table: "contests_contests");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "care_referrals");
        }
    }
}
