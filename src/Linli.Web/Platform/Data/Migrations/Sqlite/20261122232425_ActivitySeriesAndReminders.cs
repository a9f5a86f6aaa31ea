using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivitySeriesAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RemindedAt",
                table: "activities_registrations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeriesId",
                table: "activities_activities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_series",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_series", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_series_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_SeriesId",
                table: "activities_activities",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_Status_StartsAt",
                table: "activities_activities",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_series_CommunityId",
                table: "activities_series",
                column: "CommunityId");

            migrationBuilder.AddForeignKey(
                name: "FK_activities_activities_activities_series_SeriesId",
                table: "activities_activities",
                column: "SeriesId",
                principalTable: "activities_series",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_activities_activities_activities_series_SeriesId",
                table: "activities_activities");

            migrationBuilder.DropTable(
                name: "activities_series");

            migrationBuilder.DropIndex(
                name: "IX_activities_activities_SeriesId",
                table: "activities_activities");

            migrationBuilder.DropIndex(
                name: "IX_activities_activities_Status_StartsAt",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "activities_registrations");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "activities_activities");
        }
    }
}
