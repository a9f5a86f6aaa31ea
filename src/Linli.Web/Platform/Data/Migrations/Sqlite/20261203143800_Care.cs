using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Care : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ConsentBy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SupervisorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PresentingProblem = table.Column<string>(type: "TEXT", nullable: false),
                    FirstContactDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstContactOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Family = table.Column<string>(type: "TEXT", nullable: true),
                    Health = table.Column<string>(type: "TEXT", nullable: true),
                    Disability = table.Column<string>(type: "TEXT", nullable: true),
                    Income = table.Column<string>(type: "TEXT", nullable: true),
                    Support = table.Column<string>(type: "TEXT", nullable: true),
                    Risks = table.Column<string>(type: "TEXT", nullable: true),
                    Needs = table.Column<string>(type: "TEXT", nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", nullable: true),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Goals = table.Column<string>(type: "TEXT", nullable: true),
                    Interventions = table.Column<string>(type: "TEXT", nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", nullable: true),
                    ClosingSummary = table.Column<string>(type: "TEXT", nullable: true),
                    ClientFeedback = table.Column<string>(type: "TEXT", nullable: true),
                    ClosingRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_cases_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_health_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentBy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ConsentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PastHistory = table.Column<string>(type: "TEXT", nullable: true),
                    ChronicConditions = table.Column<string>(type: "TEXT", nullable: true),
                    Medications = table.Column<string>(type: "TEXT", nullable: true),
                    Allergies = table.Column<string>(type: "TEXT", nullable: true),
                    Chronic = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastMeasuredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FollowUpSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FollowUpUrgent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_health_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_health_records_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    MediationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_requests_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_requests_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_case_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", nullable: true),
                    ById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_case_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_case_entries_care_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "care_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_case_readers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GrantedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_case_readers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_case_readers_care_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "care_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Need = table.Column<string>(type: "TEXT", nullable: false),
                    Consent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", nullable: true),
                    ChaseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_referrals_care_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "care_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_health_consents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Given = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_health_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_health_consents_care_health_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "care_health_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_health_notes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_health_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_health_notes_care_health_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "care_health_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_measurements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    Flags = table.Column<string>(type: "TEXT", nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeasuredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SelfMeasured = table.Column<bool>(type: "INTEGER", nullable: false),
                    Device = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_measurements_care_health_records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "care_health_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_request_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_request_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_request_photos_care_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "care_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_care_request_photos_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_case_entries_CaseId",
                table: "care_case_entries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_care_case_readers_CaseId_UserId",
                table: "care_case_readers",
                columns: new[] { "CaseId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_care_case_readers_UserId_CaseId",
                table: "care_case_readers",
                columns: new[] { "UserId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_care_cases_CommunityId_Status_OpenedOn",
                table: "care_cases",
                columns: new[] { "CommunityId", "Status", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_cases_ResidentId",
                table: "care_cases",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_care_cases_SupervisorId_Status",
                table: "care_cases",
                columns: new[] { "SupervisorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_care_cases_WorkerId_Status",
                table: "care_cases",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_care_health_consents_RecordId",
                table: "care_health_consents",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_care_health_notes_RecordId",
                table: "care_health_notes",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_care_health_records_CommunityId_FollowUpSince_Chronic_LastMeasuredAt",
                table: "care_health_records",
                columns: new[] { "CommunityId", "FollowUpSince", "Chronic", "LastMeasuredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_health_records_ResidentId",
                table: "care_health_records",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_measurements_RecordId_TakenAt",
                table: "care_measurements",
                columns: new[] { "RecordId", "TakenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_referrals_CaseId",
                table: "care_referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_care_referrals_CommunityId_ChaseOn",
                table: "care_referrals",
                columns: new[] { "CommunityId", "ChaseOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_request_photos_FileId",
                table: "care_request_photos",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_care_request_photos_RequestId",
                table: "care_request_photos",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_care_requests_CommunityId_ReceivedAt",
                table: "care_requests",
                columns: new[] { "CommunityId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_requests_CommunityId_Status_DueAt",
                table: "care_requests",
                columns: new[] { "CommunityId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_requests_RegionId",
                table: "care_requests",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_care_requests_ResidentId",
                table: "care_requests",
                column: "ResidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_case_entries");

            migrationBuilder.DropTable(
                name: "care_case_readers");

            migrationBuilder.DropTable(
                name: "care_health_consents");

            migrationBuilder.DropTable(
                name: "care_health_notes");

            migrationBuilder.DropTable(
                name: "care_measurements");

            migrationBuilder.DropTable(
                name: "care_referrals");

            migrationBuilder.DropTable(
                name: "care_request_photos");

            migrationBuilder.DropTable(
                name: "care_health_records");

            migrationBuilder.DropTable(
                name: "care_cases");

            migrationBuilder.DropTable(
                name: "care_requests");
        }
    }
}
