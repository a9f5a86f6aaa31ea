using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StationsStewardsAdoptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NoticeId",
                table: "consultations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "adoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AdopterId = table.Column<int>(type: "INTEGER", nullable: false),
                    ByFamily = table.Column<bool>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<int>(type: "INTEGER", nullable: true),
                    Duties = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adoptions_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "building_stewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_building_stewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_building_stewards_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_building_stewards_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_ladder",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupporterId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportedId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_station_ladder", x => x.Id);
                    table.ForeignKey(
                        name: "FK_station_ladder_station_staff_SupportedId",
                        column: x => x.SupportedId,
                        principalTable: "station_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_station_ladder_station_staff_SupporterId",
                        column: x => x.SupporterId,
                        principalTable: "station_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Persona = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Services = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnlineService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stations_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "adoption_care",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdoptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    PhotoFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adoption_care", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adoption_care_adoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "adoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "station_micro_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LeadGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_station_micro_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_station_micro_projects_stations_StationId",
                        column: x => x.StationId,
                        principalTable: "stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "station_rooms",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_station_rooms", x => new { x.StationId, x.SpaceId });
                    table.ForeignKey(
                        name: "FK_station_rooms_stations_StationId",
                        column: x => x.StationId,
                        principalTable: "stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adoption_care_AdoptionId_On",
                table: "adoption_care",
                columns: new[] { "AdoptionId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_adoptions_AdopterId",
                table: "adoptions",
                column: "AdopterId");

            migrationBuilder.CreateIndex(
                name: "IX_adoptions_CommunityId_From",
                table: "adoptions",
                columns: new[] { "CommunityId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_building_stewards_CommunityId",
                table: "building_stewards",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_building_stewards_open_place",
                table: "building_stewards",
                column: "RegionId",
                unique: true,
                filter: "\"To\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_station_ladder_CommunityId",
                table: "station_ladder",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_station_ladder_open_pair",
                table: "station_ladder",
                columns: new[] { "SupporterId", "SupportedId" },
                unique: true,
                filter: "\"To\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_station_ladder_SupportedId",
                table: "station_ladder",
                column: "SupportedId");

            migrationBuilder.CreateIndex(
                name: "IX_station_micro_projects_StationId",
                table: "station_micro_projects",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_stations_CommunityId",
                table: "stations",
                column: "CommunityId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adoption_care");

            migrationBuilder.DropTable(
                name: "building_stewards");

            migrationBuilder.DropTable(
                name: "station_ladder");

            migrationBuilder.DropTable(
                name: "station_micro_projects");

            migrationBuilder.DropTable(
                name: "station_rooms");

            migrationBuilder.DropTable(
                name: "adoptions");

            migrationBuilder.DropTable(
                name: "stations");

            migrationBuilder.DropColumn(
                name: "NoticeId",
                table: "consultations");
        }
    }
}
