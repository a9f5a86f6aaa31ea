using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PatrolsTemplatesRecognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoIssuer",
                table: "volunteers_certificates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TemplateId",
                table: "activities_activities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "activities_templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_templates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_templates_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_patrol_rotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_patrol_rotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_rotas_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_recognition_rounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    ServicesWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    PerformanceWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_recognition_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_recognition_rounds_groups_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_volunteers_recognition_rounds_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities_plan_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_plan_items", x => x.Id);
                    table.CheckConstraint("CK_activities_plan_items_owner", "(\"TemplateId\" IS NULL) <> (\"ActivityId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_activities_plan_items_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_plan_items_activities_templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "activities_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_patrol_logs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RotaId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_patrol_logs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_logs_volunteers_patrol_rotas_RotaId",
                        column: x => x.RotaId,
                        principalTable: "volunteers_patrol_rotas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_patrol_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RotaId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_patrol_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_members_volunteers_patrol_rotas_RotaId",
                        column: x => x.RotaId,
                        principalTable: "volunteers_patrol_rotas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_members_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_recognition_awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    Performance = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_recognition_awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_recognition_awards_volunteers_recognition_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "volunteers_recognition_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_volunteers_recognition_awards_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_patrol_issues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LogId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FollowUpId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_patrol_issues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_issues_volunteers_patrol_logs_LogId",
                        column: x => x.LogId,
                        principalTable: "volunteers_patrol_logs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_patrol_walkers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LogId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceRecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_patrol_walkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_walkers_volunteers_patrol_logs_LogId",
                        column: x => x.LogId,
                        principalTable: "volunteers_patrol_logs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_walkers_volunteers_service_records_ServiceRecordId",
                        column: x => x.ServiceRecordId,
                        principalTable: "volunteers_service_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_volunteers_patrol_walkers_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_TemplateId",
                table: "activities_activities",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_plan_items_ActivityId_Position",
                table: "activities_plan_items",
                columns: new[] { "ActivityId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_plan_items_TemplateId_Position",
                table: "activities_plan_items",
                columns: new[] { "TemplateId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_templates_CommunityId",
                table: "activities_templates",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_issues_LogId",
                table: "volunteers_patrol_issues",
                column: "LogId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_logs_CommunityId_Date",
                table: "volunteers_patrol_logs",
                columns: new[] { "CommunityId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_logs_RotaId_Date",
                table: "volunteers_patrol_logs",
                columns: new[] { "RotaId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_members_RotaId_VolunteerId",
                table: "volunteers_patrol_members",
                columns: new[] { "RotaId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_members_VolunteerId",
                table: "volunteers_patrol_members",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_rotas_CommunityId",
                table: "volunteers_patrol_rotas",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_walkers_LogId_VolunteerId",
                table: "volunteers_patrol_walkers",
                columns: new[] { "LogId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_walkers_ServiceRecordId",
                table: "volunteers_patrol_walkers",
                column: "ServiceRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_patrol_walkers_VolunteerId",
                table: "volunteers_patrol_walkers",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_recognition_awards_RoundId_VolunteerId",
                table: "volunteers_recognition_awards",
                columns: new[] { "RoundId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_recognition_awards_VolunteerId",
                table: "volunteers_recognition_awards",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_recognition_rounds_CommunityId",
                table: "volunteers_recognition_rounds",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_recognition_rounds_GroupId",
                table: "volunteers_recognition_rounds",
                column: "GroupId");

            migrationBuilder.AddForeignKey(
                name: "FK_activities_activities_activities_templates_TemplateId",
                table: "activities_activities",
                column: "TemplateId",
                principalTable: "activities_templates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_activities_activities_activities_templates_TemplateId",
                table: "activities_activities");

            migrationBuilder.DropTable(
                name: "activities_plan_items");

            migrationBuilder.DropTable(
                name: "volunteers_patrol_issues");

            migrationBuilder.DropTable(
                name: "volunteers_patrol_members");

            migrationBuilder.DropTable(
                name: "volunteers_patrol_walkers");

            migrationBuilder.DropTable(
                name: "volunteers_recognition_awards");

            migrationBuilder.DropTable(
                name: "activities_templates");

            migrationBuilder.DropTable(
                name: "volunteers_patrol_logs");

            migrationBuilder.DropTable(
                name: "volunteers_recognition_rounds");

            migrationBuilder.DropTable(
                name: "volunteers_patrol_rotas");

            migrationBuilder.DropIndex(
                name: "IX_activities_activities_TemplateId",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "CoIssuer",
                table: "volunteers_certificates");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                table: "activities_activities");
        }
    }
}
