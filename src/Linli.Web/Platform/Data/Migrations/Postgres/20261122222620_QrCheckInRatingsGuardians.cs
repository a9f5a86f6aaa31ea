using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QrCheckInRatingsGuardians : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "activities_activities",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckInCode",
                table: "activities_activities",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Eligibility",
                table: "activities_activities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Everyone");

            migrationBuilder.AddColumn<string>(
                name: "EligibleTag",
                table: "activities_activities",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partners",
                table: "activities_activities",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignUpOpensAt",
                table: "activities_activities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_ratings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_ratings", x => x.Id);
                    table.CheckConstraint("CK_activities_ratings_score", "\"Score\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_activities_ratings_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_ratings_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TextKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Arguments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SentTo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "residents_guardianships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    GuardianId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_guardianships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_guardianships_residents_residents_ChildId",
                        column: x => x.ChildId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_residents_guardianships_residents_residents_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_ratings_ActivityId_ResidentId",
                table: "activities_ratings",
                columns: new[] { "ActivityId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_ratings_ResidentId",
                table: "activities_ratings",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_UserId_Id",
                table: "platform_notifications",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_guardianships_ChildId_GuardianId",
                table: "residents_guardianships",
                columns: new[] { "ChildId", "GuardianId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_guardianships_GuardianId",
                table: "residents_guardianships",
                column: "GuardianId");

            // Activities created before the QR check-in get a code of their own; an empty code is never accepted.
            migrationBuilder.Sql("UPDATE activities_activities SET \"CheckInCode\" = md5(random()::text || \"Id\"::text) WHERE \"CheckInCode\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_ratings");

            migrationBuilder.DropTable(
                name: "platform_notifications");

            migrationBuilder.DropTable(
                name: "residents_guardianships");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "CheckInCode",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "Eligibility",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "EligibleTag",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "Partners",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "SignUpOpensAt",
                table: "activities_activities");
        }
    }
}
