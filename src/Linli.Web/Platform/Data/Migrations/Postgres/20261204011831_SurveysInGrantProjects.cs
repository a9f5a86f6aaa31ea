using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveysInGrantProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GrantProjectId",
                table: "surveys_surveys",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_surveys_GrantProjectId",
                table: "surveys_surveys",
                column: "GrantProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_surveys_surveys_GrantProjectId",
                table: "surveys_surveys");

            migrationBuilder.DropColumn(
                name: "GrantProjectId",
                table: "surveys_surveys");
        }
    }
}
