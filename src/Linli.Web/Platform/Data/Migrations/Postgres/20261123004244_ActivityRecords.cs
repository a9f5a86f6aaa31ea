using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActivityRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Content",
                table: "activities_ratings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Organisation",
                table: "activities_ratings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WouldReturn",
                table: "activities_ratings",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_records",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_records", x => x.ActivityId);
                    table.ForeignKey(
                        name: "FK_activities_records_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Caption = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_photos_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_photos_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_activities_ratings_aspects",
                table: "activities_ratings",
                sql: "(\"Content\" IS NULL OR \"Content\" BETWEEN 1 AND 5) AND (\"Organisation\" IS NULL OR \"Organisation\" BETWEEN 1 AND 5)");

            migrationBuilder.CreateIndex(
                name: "IX_activities_photos_ActivityId_Id",
                table: "activities_photos",
                columns: new[] { "ActivityId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_photos_FileId",
                table: "activities_photos",
                column: "FileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_records_CommunityId",
                table: "activities_records",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_files_Sha256",
                table: "platform_files",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_photos");

            migrationBuilder.DropTable(
                name: "activities_records");

            migrationBuilder.DropTable(
                name: "platform_files");

            migrationBuilder.DropCheckConstraint(
                name: "CK_activities_ratings_aspects",
                table: "activities_ratings");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "activities_ratings");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "activities_ratings");

            migrationBuilder.DropColumn(
                name: "WouldReturn",
                table: "activities_ratings");
        }
    }
}
