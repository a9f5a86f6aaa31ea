using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartnersAndGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GrantProjectId",
                table: "activities_activities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "grant_programs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Funder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Manager = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Guidelines = table.Column<string>(type: "TEXT", nullable: true),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CallClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MidtermOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportDay = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_programs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_programs_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", nullable: true),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgreementFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CapFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AwardedFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_categories_grant_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "grant_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RequestedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    Background = table.Column<string>(type: "TEXT", nullable: true),
                    TargetGroups = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetPopulation = table.Column<int>(type: "INTEGER", nullable: true),
                    ServicePlan = table.Column<string>(type: "TEXT", nullable: true),
                    LogicModel = table.Column<string>(type: "TEXT", nullable: true),
                    SocialWorker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Supervisor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EndorsedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EndorsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_applications_grant_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "grant_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_applications_partners_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_applications_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_accounts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_accounts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_partner_accounts_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_partner_accounts_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partner_contributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ValueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Estimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValuationRule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_contributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partner_contributions_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_partner_contributions_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_linkages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LinkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_linkages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partner_linkages_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_offers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partner_offers_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_budget_lines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SpentFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_budget_lines_grant_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "grant_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Evidenced = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_indicators_grant_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "grant_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_milestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_milestones_grant_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "grant_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AwardedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AwardedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_projects_grant_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "grant_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_projects_grant_programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "grant_programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_projects_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grant_reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    ConflictOfInterest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_reviews_grant_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "grant_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_expenditures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Payee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VoucherFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_expenditures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_expenditures_grant_budget_lines_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalTable: "grant_budget_lines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grant_expenditures_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonTimes = table.Column<int>(type: "INTEGER", nullable: false),
                    UniquePeople = table.Column<int>(type: "INTEGER", nullable: false),
                    SpentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grant_reports_grant_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "grant_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_GrantProjectId_StartsAt",
                table: "activities_activities",
                columns: new[] { "GrantProjectId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_applications_CommunityId",
                table: "grant_applications",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_applications_OrganizationId",
                table: "grant_applications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_applications_ProgramId_Status",
                table: "grant_applications",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_budget_lines_ApplicationId",
                table: "grant_budget_lines",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_categories_ProgramId_Name",
                table: "grant_categories",
                columns: new[] { "ProgramId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grant_expenditures_BudgetLineId",
                table: "grant_expenditures",
                column: "BudgetLineId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_expenditures_ProjectId_On",
                table: "grant_expenditures",
                columns: new[] { "ProjectId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_indicators_ApplicationId",
                table: "grant_indicators",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_milestones_ApplicationId_DueOn",
                table: "grant_milestones",
                columns: new[] { "ApplicationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_programs_RegionId",
                table: "grant_programs",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_programs_RegionPath",
                table: "grant_programs",
                column: "RegionPath");

            migrationBuilder.CreateIndex(
                name: "IX_grant_projects_ApplicationId",
                table: "grant_projects",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grant_projects_CommunityId",
                table: "grant_projects",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_projects_OrganizationId",
                table: "grant_projects",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_grant_projects_ProgramId_CommunityId",
                table: "grant_projects",
                columns: new[] { "ProgramId", "CommunityId" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_reports_ProgramId_Status",
                table: "grant_reports",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_grant_reports_ProjectId_Month",
                table: "grant_reports",
                columns: new[] { "ProjectId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grant_reviews_ApplicationId_ReviewerId",
                table: "grant_reviews",
                columns: new[] { "ApplicationId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grant_reviews_ProgramId",
                table: "grant_reviews",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_partner_accounts_PartnerId",
                table: "partner_accounts",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_partner_contributions_CommunityId_On",
                table: "partner_contributions",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_contributions_GrantProjectId",
                table: "partner_contributions",
                column: "GrantProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_partner_contributions_PartnerId_On",
                table: "partner_contributions",
                columns: new[] { "PartnerId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_linkages_CommunityId_Outcome",
                table: "partner_linkages",
                columns: new[] { "CommunityId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_linkages_PartnerId_NeedId",
                table: "partner_linkages",
                columns: new[] { "PartnerId", "NeedId" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_offers_PartnerId",
                table: "partner_offers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_CreditCode",
                table: "partners",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partners_RegionId",
                table: "partners",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_RegionPath_Name",
                table: "partners",
                columns: new[] { "RegionPath", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grant_categories");

            migrationBuilder.DropTable(
                name: "grant_expenditures");

            migrationBuilder.DropTable(
                name: "grant_indicators");

            migrationBuilder.DropTable(
                name: "grant_milestones");

            migrationBuilder.DropTable(
                name: "grant_reports");

            migrationBuilder.DropTable(
                name: "grant_reviews");

            migrationBuilder.DropTable(
                name: "partner_accounts");

            migrationBuilder.DropTable(
                name: "partner_contributions");

            migrationBuilder.DropTable(
                name: "partner_linkages");

            migrationBuilder.DropTable(
                name: "partner_offers");

            migrationBuilder.DropTable(
                name: "grant_budget_lines");

            migrationBuilder.DropTable(
                name: "grant_projects");

            migrationBuilder.DropTable(
                name: "grant_applications");

            migrationBuilder.DropTable(
                name: "grant_programs");

            migrationBuilder.DropTable(
                name: "partners");

            migrationBuilder.DropIndex(
                name: "IX_activities_activities_GrantProjectId_StartsAt",
                table: "activities_activities");

            migrationBuilder.DropColumn(
                name: "GrantProjectId",
                table: "activities_activities");
        }
    }
}
