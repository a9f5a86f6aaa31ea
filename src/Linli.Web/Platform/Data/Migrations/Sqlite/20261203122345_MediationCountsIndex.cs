using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MediationCountsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_CommunityId_Issue_Status_Outcome_OpenedOn",
                table: "mediation_cases",
                columns: new[] { "CommunityId", "Issue", "Status", "Outcome", "OpenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_mediation_cases_CommunityId_Issue_Status_Outcome_OpenedOn",
                table: "mediation_cases");
        }
    }
}
