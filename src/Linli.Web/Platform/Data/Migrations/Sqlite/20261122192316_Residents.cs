using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Residents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "residents_care_settings",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    LivingAloneAlertDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_care_settings", x => x.CommunityId);
                });

            migrationBuilder.CreateTable(
                name: "residents_households",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_households", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_households_platform_regions_UnitId",
                        column: x => x.UnitId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents_residents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", nullable: true),
                    IdNumberLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneTail = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    RelationToHead = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MovedInOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_residents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_residents_platform_regions_UnitId",
                        column: x => x.UnitId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_residents_residents_residents_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "residents_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents_care_flags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_care_flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_care_flags_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_service_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_service_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_service_recipients_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_tags",
                columns: table => new
                {
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_tags", x => new { x.ResidentId, x.Key });
                    table.ForeignKey(
                        name: "FK_residents_tags_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_visits_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_residents_care_flags_CommunityId_KeyLookup_ResidentId",
                table: "residents_care_flags",
                columns: new[] { "CommunityId", "KeyLookup", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_care_flags_ResidentId_KeyLookup",
                table: "residents_care_flags",
                columns: new[] { "ResidentId", "KeyLookup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_households_CommunityId_UnitId",
                table: "residents_households",
                columns: new[] { "CommunityId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_households_UnitId",
                table: "residents_households",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_BirthDate",
                table: "residents_residents",
                columns: new[] { "CommunityId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_Id",
                table: "residents_residents",
                columns: new[] { "CommunityId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_IdNumberLookup",
                table: "residents_residents",
                columns: new[] { "CommunityId", "IdNumberLookup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_Name",
                table: "residents_residents",
                columns: new[] { "CommunityId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_PhoneTail",
                table: "residents_residents",
                columns: new[] { "CommunityId", "PhoneTail" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_HouseholdId",
                table: "residents_residents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_UnitId",
                table: "residents_residents",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_service_recipients_CommunityId_Grade",
                table: "residents_service_recipients",
                columns: new[] { "CommunityId", "Grade" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_service_recipients_ResidentId",
                table: "residents_service_recipients",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_tags_CommunityId_Key_ResidentId",
                table: "residents_tags",
                columns: new[] { "CommunityId", "Key", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_visits_CommunityId_On",
                table: "residents_visits",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_visits_ResidentId_On",
                table: "residents_visits",
                columns: new[] { "ResidentId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "residents_care_flags");

            migrationBuilder.DropTable(
                name: "residents_care_settings");

            migrationBuilder.DropTable(
                name: "residents_service_recipients");

            migrationBuilder.DropTable(
                name: "residents_tags");

            migrationBuilder.DropTable(
                name: "residents_visits");

            migrationBuilder.DropTable(
                name: "residents_residents");

            migrationBuilder.DropTable(
                name: "residents_households");
        }
    }
}
