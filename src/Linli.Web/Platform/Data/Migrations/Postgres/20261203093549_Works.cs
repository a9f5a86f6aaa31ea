using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Works : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disclosure_works",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FundedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    ResolutionId = table.Column<int>(type: "integer", nullable: true),
                    AssemblyId = table.Column<int>(type: "integer", nullable: true),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Witnesses = table.Column<int>(type: "integer", nullable: true),
                    AwardedBidId = table.Column<int>(type: "integer", nullable: true),
                    AwardReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Acceptance = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_works", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disclosure_works_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_disclosure_works_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_work_bids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Bidder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuoteFen = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_work_bids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disclosure_work_bids_disclosure_works_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "disclosure_works",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_work_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_work_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disclosure_work_progress_disclosure_works_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "disclosure_works",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_work_bids_ProjectId",
                table: "disclosure_work_bids",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_work_progress_ProjectId",
                table: "disclosure_work_progress",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_works_CommunityId",
                table: "disclosure_works",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_works_RegionId",
                table: "disclosure_works",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disclosure_work_bids");

            migrationBuilder.DropTable(
                name: "disclosure_work_progress");

            migrationBuilder.DropTable(
                name: "disclosure_works");
        }
    }
}
