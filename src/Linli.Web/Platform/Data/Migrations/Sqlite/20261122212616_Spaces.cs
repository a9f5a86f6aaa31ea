using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Spaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities_spaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_spaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_spaces_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities_bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_bookings", x => x.Id);
                    table.CheckConstraint("CK_activities_bookings_order", "\"EndsAt\" > \"StartsAt\"");
                    table.ForeignKey(
                        name: "FK_activities_bookings_activities_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "activities_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_space_openings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_space_openings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_space_openings_activities_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "activities_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_bookings_SpaceId_StartsAt",
                table: "activities_bookings",
                columns: new[] { "SpaceId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_space_openings_SpaceId_Day",
                table: "activities_space_openings",
                columns: new[] { "SpaceId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_spaces_CommunityId",
                table: "activities_spaces",
                column: "CommunityId");

            // Two live bookings of one space never overlap; SQLite serializes writers, so a check in a trigger is race-free.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ex_activities_bookings_overlap;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ex_activities_bookings_overlap_update;");
            migrationBuilder.DropTable(
                name: "activities_bookings");

            migrationBuilder.DropTable(
                name: "activities_space_openings");

            migrationBuilder.DropTable(
                name: "activities_spaces");
        }
    }
}
