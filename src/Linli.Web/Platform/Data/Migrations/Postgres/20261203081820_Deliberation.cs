using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Deliberation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deliberation_bodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Cadence = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_bodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_bodies_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_deliberation_bodies_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_body_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: false),
                    Organization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Duty = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_body_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_body_members_deliberation_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "deliberation_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Host = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Invited = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CollectsQuestions = table.Column<bool>(type: "boolean", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: true),
                    Attendance = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Discussion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MinutesStatus = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MinutesApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MinutesPublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_meetings_deliberation_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "deliberation_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_deliberation_meetings_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_resolutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    For = table.Column<int>(type: "integer", nullable: true),
                    Against = table.Column<int>(type: "integer", nullable: true),
                    Abstain = table.Column<int>(type: "integer", nullable: true),
                    AssemblyId = table.Column<int>(type: "integer", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_resolutions_deliberation_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "deliberation_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_topics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_topics_deliberation_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "deliberation_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ResolutionId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Spec = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    BlockedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NeedId = table.Column<int>(type: "integer", nullable: true),
                    FundedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VerifiedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_actions_deliberation_resolutions_ResolutionId",
                        column: x => x.ResolutionId,
                        principalTable: "deliberation_resolutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: true),
                    Supports = table.Column<int>(type: "integer", nullable: false),
                    Hands = table.Column<int>(type: "integer", nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_questions_deliberation_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "deliberation_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_deliberation_questions_deliberation_topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "deliberation_topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_deliberation_questions_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_action_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PhotoFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_action_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_action_progress_deliberation_actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "deliberation_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deliberation_question_supports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_question_supports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_question_supports_deliberation_questions_Quest~",
                        column: x => x.QuestionId,
                        principalTable: "deliberation_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_deliberation_question_supports_residents_residents_Resident~",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_action_progress_ActionId",
                table: "deliberation_action_progress",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_actions_CommunityId_Status_DueOn",
                table: "deliberation_actions",
                columns: new[] { "CommunityId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_actions_MeetingId_DueOn",
                table: "deliberation_actions",
                columns: new[] { "MeetingId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_actions_ResolutionId",
                table: "deliberation_actions",
                column: "ResolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_bodies_CommunityId",
                table: "deliberation_bodies",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_bodies_RegionId",
                table: "deliberation_bodies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_body_members_BodyId",
                table: "deliberation_body_members",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_meetings_BodyId",
                table: "deliberation_meetings",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_meetings_CommunityId_StartsAt",
                table: "deliberation_meetings",
                columns: new[] { "CommunityId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_question_supports_QuestionId_ResidentId",
                table: "deliberation_question_supports",
                columns: new[] { "QuestionId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_question_supports_ResidentId",
                table: "deliberation_question_supports",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_questions_MeetingId",
                table: "deliberation_questions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_questions_ResidentId",
                table: "deliberation_questions",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_questions_TopicId",
                table: "deliberation_questions",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_resolutions_CommunityId_PublishedAt",
                table: "deliberation_resolutions",
                columns: new[] { "CommunityId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_resolutions_MeetingId",
                table: "deliberation_resolutions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_deliberation_topics_MeetingId",
                table: "deliberation_topics",
                column: "MeetingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deliberation_action_progress");

            migrationBuilder.DropTable(
                name: "deliberation_body_members");

            migrationBuilder.DropTable(
                name: "deliberation_question_supports");

            migrationBuilder.DropTable(
                name: "deliberation_actions");

            migrationBuilder.DropTable(
                name: "deliberation_questions");

            migrationBuilder.DropTable(
                name: "deliberation_resolutions");

            migrationBuilder.DropTable(
                name: "deliberation_topics");

            migrationBuilder.DropTable(
                name: "deliberation_meetings");

            migrationBuilder.DropTable(
                name: "deliberation_bodies");
        }
    }
}
