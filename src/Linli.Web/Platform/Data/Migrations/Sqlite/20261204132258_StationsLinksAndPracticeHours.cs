using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StationsLinksAndPracticeHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StationTrainingId",
                table: "volunteers_trainings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ActivityId",
                table: "station_trainings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResidentId",
                table: "station_staff",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "station_staff",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CountsAsService",
                table: "adoptions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ServiceRecordId",
                table: "adoption_care",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganizerId",
                table: "activities_activities",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_trainings_StationTrainingId_VolunteerId",
                table: "volunteers_trainings",
                columns: new[] { "StationTrainingId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_station_staff_ResidentId",
                table: "station_staff",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_station_staff_UserId",
                table: "station_staff",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_OrganizerId_StartsAt",
                table: "activities_activities",
                columns: new[] { "OrganizerId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_volunteers_trainings_StationTrainingId_VolunteerId",
                table: "volunteers_trainings");

            migrationBuilder.DropIndex(
                name: "IX_station_staff_ResidentId",
                table: "station_staff");

            migrationBuilder.DropIndex(
                name: "IX_station_staff_UserId",
                table: "station_staff");

            migrationBuilder.DropIndex(
                name: "IX_activities_activities_OrganizerId_StartsAt",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "StationTrainingId",
                table: "volunteers_trainings");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "station_trainings");

            migrationBuilder.DropColumn(
                name: "ResidentId",
                table: "station_staff");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "station_staff");

            migrationBuilder.DropColumn(
                name: "CountsAsService",
                table: "adoptions");

            migrationBuilder.DropColumn(
                name: "ServiceRecordId",
                table: "adoption_care");

            migrationBuilder.DropColumn(
                name: "OrganizerId",
                table: "activities_activities");
        }
    }
}
