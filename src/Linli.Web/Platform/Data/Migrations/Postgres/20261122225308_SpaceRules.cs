using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<int>(
                name: "BufferMinutes",
                table: "activities_spaces",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "activities_spaces",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<int>(
                name: "MaxBookingMinutes",
                table: "activities_spaces",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ResidentsMayBook",
                table: "activities_spaces",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "BlockedUntil",
                table: "activities_bookings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing bookings had no buffer.
            migrationBuilder.Sql("UPDATE activities_bookings SET \"BlockedUntil\" = \"EndsAt\";");

            migrationBuilder.AddColumn<string>(
                name: "GroupName",
                table: "activities_bookings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResidentId",
                table: "activities_bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeriesKey",
                table: "activities_bookings",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Visitors",
                table: "activities_bookings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_space_closures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SpaceId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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

            // Overlaps now count the buffer after each booking: the range ends at BlockedUntil.
            migrationBuilder.Sql("ALTER TABLE activities_bookings DROP CONSTRAINT IF EXISTS ex_activities_bookings_overlap;");
            migrationBuilder.Sql("""
                ALTER TABLE activities_bookings ADD CONSTRAINT ex_activities_bookings_overlap
                EXCLUDE USING gist ("SpaceId" WITH =, tstzrange("StartsAt", "BlockedUntil") WITH &&)
                WHERE ("Status" IN ('Pending', 'Confirmed'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE activities_bookings DROP CONSTRAINT IF EXISTS ex_activities_bookings_overlap;");
            migrationBuilder.Sql("""
                ALTER TABLE activities_bookings ADD CONSTRAINT ex_activities_bookings_overlap
                EXCLUDE USING gist ("SpaceId" WITH =, tstzrange("StartsAt", "EndsAt") WITH &&)
                WHERE ("Status" IN ('Pending', 'Confirmed'));
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
