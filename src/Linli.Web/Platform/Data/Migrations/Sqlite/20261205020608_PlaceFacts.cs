using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlaceFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_dashboard_today_facts",
                table: "dashboard_today_facts");

            migrationBuilder.AddColumn<int>(
                name: "RegionId",
                table: "dashboard_today_facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_dashboard_today_facts",
                table: "dashboard_today_facts",
                columns: new[] { "CommunityId", "RegionId", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_dashboard_today_facts",
                table: "dashboard_today_facts");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "dashboard_today_facts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_dashboard_today_facts",
                table: "dashboard_today_facts",
                columns: new[] { "CommunityId", "Key" });
        }
    }
}
