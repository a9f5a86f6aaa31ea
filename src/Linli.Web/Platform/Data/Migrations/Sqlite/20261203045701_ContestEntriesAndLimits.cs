using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContestEntriesAndLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressKey",
                table: "contests_votes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeviceKey",
                table: "contests_votes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HouseholdId",
                table: "contests_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedReason",
                table: "contests_entries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "contests_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "contests_entries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "contests_entries",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Approved");

            migrationBuilder.AddColumn<int>(
                name: "SubmittedBy",
                table: "contests_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Views",
                table: "contests_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AccountsPerDevice",
                table: "contests_contests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "AwardCount",
                table: "contests_contests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Views",
                table: "contests_contests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VotesPerAddress",
                table: "contests_contests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 300);

            migrationBuilder.CreateTable(
                name: "contests_entry_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contests_entry_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contests_entry_photos_contests_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "contests_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_contests_entry_photos_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contests_votes_ContestId_Day_AddressKey",
                table: "contests_votes",
                columns: new[] { "ContestId", "Day", "AddressKey" });

            migrationBuilder.CreateIndex(
                name: "IX_contests_votes_ContestId_Day_DeviceKey",
                table: "contests_votes",
                columns: new[] { "ContestId", "Day", "DeviceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_contests_entries_ContestId_HouseholdId",
                table: "contests_entries",
                columns: new[] { "ContestId", "HouseholdId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contests_entries_HouseholdId",
                table: "contests_entries",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_entries_SubmittedBy",
                table: "contests_entries",
                column: "SubmittedBy");

            migrationBuilder.CreateIndex(
                name: "IX_contests_entry_photos_EntryId",
                table: "contests_entry_photos",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_contests_entry_photos_FileId",
                table: "contests_entry_photos",
                column: "FileId");

            migrationBuilder.AddForeignKey(
                name: "FK_contests_entries_residents_households_HouseholdId",
                table: "contests_entries",
                column: "HouseholdId",
                principalTable: "residents_households",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_contests_entries_residents_residents_SubmittedBy",
                table: "contests_entries",
                column: "SubmittedBy",
                principalTable: "residents_residents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_contests_entries_residents_households_HouseholdId",
                table: "contests_entries");

            migrationBuilder.DropForeignKey(
                name: "FK_contests_entries_residents_residents_SubmittedBy",
                table: "contests_entries");

            migrationBuilder.DropTable(
                name: "contests_entry_photos");

            migrationBuilder.DropIndex(
                name: "IX_contests_votes_ContestId_Day_AddressKey",
                table: "contests_votes");

            migrationBuilder.DropIndex(
                name: "IX_contests_votes_ContestId_Day_DeviceKey",
                table: "contests_votes");

            migrationBuilder.DropIndex(
                name: "IX_contests_entries_ContestId_HouseholdId",
                table: "contests_entries");

            migrationBuilder.DropIndex(
                name: "IX_contests_entries_HouseholdId",
                table: "contests_entries");

            migrationBuilder.DropIndex(
                name: "IX_contests_entries_SubmittedBy",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "AddressKey",
                table: "contests_votes");

            migrationBuilder.DropColumn(
                name: "DeviceKey",
                table: "contests_votes");

            migrationBuilder.DropColumn(
                name: "HouseholdId",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "RejectedReason",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "Views",
                table: "contests_entries");

            migrationBuilder.DropColumn(
                name: "AccountsPerDevice",
                table: "contests_contests");

            migrationBuilder.DropColumn(
                name: "AwardCount",
                table: "contests_contests");

            migrationBuilder.DropColumn(
                name: "Views",
                table: "contests_contests");

            migrationBuilder.DropColumn(
                name: "VotesPerAddress",
                table: "contests_contests");
        }
    }
}
