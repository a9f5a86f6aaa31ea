using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActivityInSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BookingId",
                table: "activities_activities",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_BookingId",
                table: "activities_activities",
                column: "BookingId");

            migrationBuilder.AddForeignKey(
                name: "FK_activities_activities_activities_bookings_BookingId",
                table: "activities_activities",
                column: "BookingId",
                principalTable: "activities_bookings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_activities_activities_activities_bookings_BookingId",
                table: "activities_activities");

            migrationBuilder.DropIndex(
                name: "IX_activities_activities_BookingId",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "BookingId",
                table: "activities_activities");
        }
    }
}
