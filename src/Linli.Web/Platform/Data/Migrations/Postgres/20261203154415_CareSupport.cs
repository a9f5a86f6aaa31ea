using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CareSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_clubs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Condition = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_clubs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_home_services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Provider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Donor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_home_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_pairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ElderId = table.Column<int>(type: "integer", nullable: false),
                    PartnerKind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PartnerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    CadenceDays = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastContactOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_pairings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_club_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ClubId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_club_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_club_members_care_clubs_ClubId",
                        column: x => x.ClubId,
                        principalTable: "care_clubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_club_sessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ClubId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_club_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_club_sessions_care_clubs_ClubId",
                        column: x => x.ClubId,
                        principalTable: "care_clubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_club_members_ClubId_ResidentId",
                table: "care_club_members",
                columns: new[] { "ClubId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_club_sessions_ClubId",
                table: "care_club_sessions",
                column: "ClubId");

            migrationBuilder.CreateIndex(
                name: "IX_care_clubs_CommunityId",
                table: "care_clubs",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_care_home_services_CommunityId_On",
                table: "care_home_services",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_care_home_services_ResidentId",
                table: "care_home_services",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_care_pairings_CommunityId_EndedOn",
                table: "care_pairings",
                columns: new[] { "CommunityId", "EndedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_club_members");

            migrationBuilder.DropTable(
                name: "care_club_sessions");

            migrationBuilder.DropTable(
                name: "care_home_services");

            migrationBuilder.DropTable(
                name: "care_pairings");

            migrationBuilder.DropTable(
                name: "care_clubs");
        }
    }
}
