using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dashboard_fact_months",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    CountedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_fact_months", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_month_facts",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_month_facts", x => new { x.CommunityId, x.Month, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "dashboard_region_facts",
                columns: table => new
                {
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_region_facts", x => new { x.RegionId, x.From, x.To, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "dashboard_today_facts",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CountedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_today_facts", x => new { x.CommunityId, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_regions_Kind_Path",
                table: "platform_regions",
                columns: new[] { "Kind", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_month_facts_Month",
                table: "dashboard_month_facts",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dashboard_fact_months");

            migrationBuilder.DropTable(
                name: "dashboard_month_facts");

            migrationBuilder.DropTable(
                name: "dashboard_region_facts");

            migrationBuilder.DropTable(
                name: "dashboard_today_facts");

            migrationBuilder.DropIndex(
                name: "IX_platform_regions_Kind_Path",
                table: "platform_regions");
        }
    }
}
