using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "surveys_surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Intro = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Respondents = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OncePer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetCount = table.Column<int>(type: "integer", nullable: true),
                    TargetRegionId = table.Column<int>(type: "integer", nullable: true),
                    TargetTag = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Token = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CopiedFromId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surveys_surveys_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_surveys_surveys_platform_regions_TargetRegionId",
                        column: x => x.TargetRegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_surveys_surveys_surveys_surveys_CopiedFromId",
                        column: x => x.CopiedFromId,
                        principalTable: "surveys_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "surveys_needs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Households = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: true),
                    Votes = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SurveyId = table.Column<int>(type: "integer", nullable: true),
                    QuestionKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Choice = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_needs", x => x.Id);
                    table.CheckConstraint("CK_surveys_needs_counts", "\"Households\" >= 0 AND \"Votes\" >= 0");
                    table.ForeignKey(
                        name: "FK_surveys_needs_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_surveys_needs_surveys_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "surveys_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "surveys_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TextEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Section = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    AllowOther = table.Column<bool>(type: "boolean", nullable: false),
                    MaxChoices = table.Column<int>(type: "integer", nullable: true),
                    Min = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Max = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    ShowIfKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Options = table.Column<string>(type: "text", nullable: false),
                    OptionsEn = table.Column<string>(type: "text", nullable: false),
                    Rows = table.Column<string>(type: "text", nullable: false),
                    ShowIfValues = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surveys_questions_surveys_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "surveys_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "surveys_responses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: true),
                    HouseholdId = table.Column<int>(type: "integer", nullable: true),
                    CompoundId = table.Column<int>(type: "integer", nullable: true),
                    AgeBand = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OnceKey = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surveys_responses_residents_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "residents_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_surveys_responses_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_surveys_responses_surveys_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "surveys_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveys_themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_themes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surveys_themes_surveys_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "surveys_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "surveys_need_activities",
                columns: table => new
                {
                    NeedId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_need_activities", x => new { x.NeedId, x.ActivityId });
                    table.ForeignKey(
                        name: "FK_surveys_need_activities_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_surveys_need_activities_surveys_needs_NeedId",
                        column: x => x.NeedId,
                        principalTable: "surveys_needs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "surveys_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResponseId = table.Column<int>(type: "integer", nullable: false),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Choice = table.Column<int>(type: "integer", nullable: true),
                    Row = table.Column<int>(type: "integer", nullable: true),
                    Number = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: true),
                    ThemeId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surveys_answers_surveys_responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "surveys_responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_surveys_answers_surveys_themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "surveys_themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_answers_ResponseId",
                table: "surveys_answers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_answers_tally",
                table: "surveys_answers",
                columns: new[] { "SurveyId", "QuestionKey", "Choice", "ResponseId" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_answers_ThemeId",
                table: "surveys_answers",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_need_activities_ActivityId",
                table: "surveys_need_activities",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_needs_CommunityId_Status",
                table: "surveys_needs",
                columns: new[] { "CommunityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_needs_SurveyId",
                table: "surveys_needs",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_questions_SurveyId_Key",
                table: "surveys_questions",
                columns: new[] { "SurveyId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_responses_HouseholdId",
                table: "surveys_responses",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_responses_ResidentId",
                table: "surveys_responses",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_responses_SurveyId_ClientKey",
                table: "surveys_responses",
                columns: new[] { "SurveyId", "ClientKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_responses_SurveyId_OnceKey",
                table: "surveys_responses",
                columns: new[] { "SurveyId", "OnceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_responses_SurveyId_SubmittedAt",
                table: "surveys_responses",
                columns: new[] { "SurveyId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_surveys_CommunityId_Status",
                table: "surveys_surveys",
                columns: new[] { "CommunityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_surveys_surveys_CopiedFromId",
                table: "surveys_surveys",
                column: "CopiedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_surveys_TargetRegionId",
                table: "surveys_surveys",
                column: "TargetRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_surveys_surveys_Token",
                table: "surveys_surveys",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_themes_SurveyId_QuestionKey_Name",
                table: "surveys_themes",
                columns: new[] { "SurveyId", "QuestionKey", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "surveys_answers");

            migrationBuilder.DropTable(
                name: "surveys_need_activities");

            migrationBuilder.DropTable(
                name: "surveys_questions");

            migrationBuilder.DropTable(
                name: "surveys_responses");

            migrationBuilder.DropTable(
                name: "surveys_themes");

            migrationBuilder.DropTable(
                name: "surveys_needs");

            migrationBuilder.DropTable(
                name: "surveys_surveys");
        }
    }
}
