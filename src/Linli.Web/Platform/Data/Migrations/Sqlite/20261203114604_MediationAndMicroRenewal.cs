using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MediationAndMicroRenewal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mediation_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Worker = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Complainant = table.Column<string>(type: "TEXT", nullable: false),
                    Respondent = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", nullable: true),
                    EscalatedTo = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    AgreementNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeldAtCheck = table.Column<bool>(type: "INTEGER", nullable: true),
                    CheckNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mediation_cases_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mediation_cases_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "renewal_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: true),
                    FundedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Step = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChosenSiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    SiteReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AdoptedOptionId = table.Column<int>(type: "INTEGER", nullable: true),
                    OptionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChosenQuoteId = table.Column<int>(type: "INTEGER", nullable: true),
                    QuoteReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PollSurveyId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_projects_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_renewal_projects_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_renewal_projects_surveys_surveys_PollSurveyId",
                        column: x => x.PollSurveyId,
                        principalTable: "surveys_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mediation_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WithComplainant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    Letter = table.Column<string>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhotoFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediation_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mediation_steps_mediation_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "mediation_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_mediation_steps_platform_files_PhotoFileId",
                        column: x => x.PhotoFileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "renewal_meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_meetings_deliberation_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "deliberation_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_renewal_meetings_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_options",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Preferences = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_options_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BeforeId = table.Column<int>(type: "INTEGER", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_photos_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_renewal_photos_renewal_photos_BeforeId",
                        column: x => x.BeforeId,
                        principalTable: "renewal_photos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_renewal_photos_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_plan_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Dimensions = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_plan_items_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_quotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Contractor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_quotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_quotes_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_sites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_sites_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "renewal_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_renewal_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_renewal_steps_renewal_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "renewal_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_CommunityId_Status_OpenedOn",
                table: "mediation_cases",
                columns: new[] { "CommunityId", "Status", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediation_cases_RegionId",
                table: "mediation_cases",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_mediation_steps_CaseId",
                table: "mediation_steps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_mediation_steps_PhotoFileId",
                table: "mediation_steps",
                column: "PhotoFileId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_meetings_MeetingId",
                table: "renewal_meetings",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_meetings_ProjectId_Stage",
                table: "renewal_meetings",
                columns: new[] { "ProjectId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_renewal_options_ProjectId",
                table: "renewal_options",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_photos_BeforeId",
                table: "renewal_photos",
                column: "BeforeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_renewal_photos_FileId",
                table: "renewal_photos",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_photos_ProjectId",
                table: "renewal_photos",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_plan_items_ProjectId",
                table: "renewal_plan_items",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_projects_CommunityId",
                table: "renewal_projects",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_projects_PollSurveyId",
                table: "renewal_projects",
                column: "PollSurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_projects_RegionId",
                table: "renewal_projects",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_quotes_ProjectId",
                table: "renewal_quotes",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_sites_ProjectId",
                table: "renewal_sites",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_renewal_steps_ProjectId_Step",
                table: "renewal_steps",
                columns: new[] { "ProjectId", "Step" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mediation_steps");

            migrationBuilder.DropTable(
                name: "renewal_meetings");

            migrationBuilder.DropTable(
                name: "renewal_options");

            migrationBuilder.DropTable(
                name: "renewal_photos");

            migrationBuilder.DropTable(
                name: "renewal_plan_items");

            migrationBuilder.DropTable(
                name: "renewal_quotes");

            migrationBuilder.DropTable(
                name: "renewal_sites");

            migrationBuilder.DropTable(
                name: "renewal_steps");

            migrationBuilder.DropTable(
                name: "mediation_cases");

            migrationBuilder.DropTable(
                name: "renewal_projects");
        }
    }
}
