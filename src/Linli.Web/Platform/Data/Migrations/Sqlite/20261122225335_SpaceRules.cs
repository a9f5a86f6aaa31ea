using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpaceRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BookAheadDays",
                table: "activities_spaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<int>(
                name: "BufferMinutes",
                table: "activities_spaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "activities_spaces",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<int>(
                name: "MaxBookingMinutes",
                table: "activities_spaces",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ResidentsMayBook",
                table: "activities_spaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "BlockedUntil",
                table: "activities_bookings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing bookings had no buffer.
            migrationBuilder.Sql("UPDATE activities_bookings SET \"BlockedUntil\" = \"EndsAt\";");

            migrationBuilder.AddColumn<string>(
                name: "GroupName",
                table: "activities_bookings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResidentId",
                table: "activities_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeriesKey",
                table: "activities_bookings",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Visitors",
                table: "activities_bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_space_closures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_space_closures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_space_closures_activities_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "activities_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_bookings_CommunityId_Status_StartsAt",
                table: "activities_bookings",
                columns: new[] { "CommunityId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_bookings_ResidentId_EndsAt",
                table: "activities_bookings",
                columns: new[] { "ResidentId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_space_closures_SpaceId_On",
                table: "activities_space_closures",
                columns: new[] { "SpaceId", "On" },
                unique: true);

            // Overlaps now count the buffer after each booking: compare with BlockedUntil.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ex_activities_bookings_overlap;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ex_activities_bookings_overlap_update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER ex_activities_bookings_overlap BEFORE INSERT ON activities_bookings
                WHEN NEW."Status" IN ('Pending', 'Confirmed') AND EXISTS (
                    SELECT 1 FROM activities_bookings b
                    WHERE b."SpaceId" = NEW."SpaceId" AND b."Status" IN ('Pending', 'Confirmed')
                      AND b."StartsAt" < NEW."BlockedUntil" AND NEW."StartsAt" < b."BlockedUntil")
                BEGIN SELECT RAISE(ABORT, 'ex_activities_bookings_overlap'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ex_activities_bookings_overlap_update BEFORE UPDATE OF "Status", "StartsAt", "BlockedUntil" ON activities_bookings
                WHEN NEW."Status" IN ('Pending', 'Confirmed') AND EXISTS (
                    SELECT 1 FROM activities_bookings b
                    WHERE b."Id" <> NEW."Id" AND b."SpaceId" = NEW."SpaceId" AND b."Status" IN ('Pending', 'Confirmed')
                      AND b."StartsAt" < NEW."BlockedUntil" AND NEW."StartsAt" < b."BlockedUntil")
                BEGIN SELECT RAISE(ABORT, 'ex_activities_bookings_overlap'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ex_activities_bookings_overlap;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ex_activities_bookings_overlap_update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER ex_activities_bookings_overlap BEFORE INSERT ON activities_bookings
                WHEN NEW."Status" IN ('Pending', 'Confirmed') AND EXISTS (
                    SELECT 1 FROM activities_bookings b
                    WHERE b."SpaceId" = NEW."SpaceId" AND b."Status" IN ('Pending', 'Confirmed')
                      AND b."StartsAt" < NEW."EndsAt" AND NEW."StartsAt" < b."EndsAt")
                BEGIN SELECT RAISE(ABORT, 'ex_activities_bookings_overlap'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ex_activities_bookings_overlap_update BEFORE UPDATE OF "Status", "StartsAt", "EndsAt" ON activities_bookings
                WHEN NEW."Status" IN ('Pending', 'Confirmed') AND EXISTS (
                    SELECT 1 FROM activities_bookings b
                    WHERE b."Id" <> NEW."Id" AND b."SpaceId" = NEW."SpaceId" AND b."Status" IN ('Pending', 'Confirmed')
                      AND b."StartsAt" < NEW."EndsAt" AND NEW."StartsAt" < b."EndsAt")
                BEGIN SELECT RAISE(ABORT, 'ex_activities_bookings_overlap'); END;
                """);

            migrationBuilder.DropTable(
                name: "activities_space_closures");

            migrationBuilder.DropIndex(
                name: "IX_activities_bookings_CommunityId_Status_StartsAt",
                table: "activities_bookings");

            migrationBuilder.DropIndex(
                name: "IX_activities_bookings_ResidentId_EndsAt",
                table: "activities_bookings");

            migrationBuilder.DropColumn(
                name: "BookAheadDays",
                table: "activities_spaces");

            migrationBuilder.DropColumn(
                name: "BufferMinutes",
                table: "activities_spaces");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "activities_spaces");

            migrationBuilder.DropColumn(
                name: "MaxBookingMinutes",
                table: "activities_spaces");

            migrationBuilder.DropColumn(
                name: "ResidentsMayBook",
                table: "activities_spaces");

            migrationBuilder.DropColumn(
                name: "BlockedUntil",
                table: "activities_bookings");

            migrationBuilder.DropColumn(
                name: "GroupName",
                table: "activities_bookings");

            migrationBuilder.DropColumn(
                name: "ResidentId",
                table: "activities_bookings");

            migrationBuilder.DropColumn(
                name: "SeriesKey",
                table: "activities_bookings");

            migrationBuilder.DropColumn(
                name: "Visitors",
                table: "activities_bookings");
        }
    }
}
