using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Organisation",
                table: "activities_ratings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WouldReturn",
                table: "activities_ratings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_records",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
