using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GrantOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "VolunteerHours",
                table: "grant_reports",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "Volunteers",
                table: "grant_reports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AgreementNumber",
                table: "grant_projects",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "grant_projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SignedOn",
                table: "grant_projects",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "grant_project_reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_project_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_project_reviews_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_tranches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    MilestoneId = table.Column<int>(type: "integer", nullable: true),
                    AfterReview = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_tranches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_tranches_grant_milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "grant_milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_tranches_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_rectification_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_rectification_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_rectification_items_grant_project_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "grant_project_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grant_project_reviews_ProjectId",
                table: "grant_project_reviews",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_rectification_items_CommunityId_DoneOn",
                table: "grant_rectification_items",
                columns: new[] { "CommunityId", "DoneOn" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_rectification_items_ProjectId_DoneOn",
                table: "grant_rectification_items",
                columns: new[] { "ProjectId", "DoneOn" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_rectification_items_ReviewId",
                table: "grant_rectification_items",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_tranches_MilestoneId",
                table: "grant_tranches",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_tranches_ProjectId_Sequence",
                table: "grant_tranches",
                columns: new[] { "ProjectId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_rectification_items");

            migrationBuilder.DropTable(
                name: "grant_tranches");

            migrationBuilder.DropTable(
                name: "grant_project_reviews");

            migrationBuilder.DropColumn(
                name: "VolunteerHours",
                table: "grant_reports");

            migrationBuilder.DropColumn(
                name: "Volunteers",
                table: "grant_reports");

            migrationBuilder.DropColumn(
                name: "AgreementNumber",
                table: "grant_projects");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "grant_projects");

            migrationBuilder.DropColumn(
                name: "SignedOn",
                table: "grant_projects");
        }
    }
}
