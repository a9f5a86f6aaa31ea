using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CareClinics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClinicSessionId",
                table: "care_measurements",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "care_clinic_sessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Series = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Theme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Partner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Doctors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_clinic_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_clinic_sessions_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_clinic_sessions_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_measurements_ClinicSessionId",
                table: "care_measurements",
                column: "ClinicSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_care_clinic_sessions_ActivityId",
                table: "care_clinic_sessions",
                column: "ActivityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_clinic_sessions_CommunityId_StartsAt",
                table: "care_clinic_sessions",
                columns: new[] { "CommunityId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_clinic_sessions_RegionId",
                table: "care_clinic_sessions",
                column: "RegionId");

            migrationBuilder.AddForeignKey(
                name: "FK_care_measurements_care_clinic_sessions_ClinicSessionId",
                table: "care_measurements",
                column: "ClinicSessionId",
                principalTable: "care_clinic_sessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_care_measurements_care_clinic_sessions_ClinicSessionId",
                table: "care_measurements");

            migrationBuilder.DropTable(
                name: "care_clinic_sessions");

            migrationBuilder.DropIndex(
                name: "IX_care_measurements_ClinicSessionId",
                table: "care_measurements");

            migrationBuilder.DropColumn(
                name: "ClinicSessionId",
                table: "care_measurements");
        }
    }
}
