using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Duty = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Person = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Invited = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CollectsQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Discussion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MinutesStatus = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MinutesApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MinutesPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    For = table.Column<int>(type: "INTEGER", nullable: true),
                    Against = table.Column<int>(type: "INTEGER", nullable: true),
                    Abstain = table.Column<int>(type: "INTEGER", nullable: true),
                    AssemblyId = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Spec = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: true),
                    FundedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Supports = table.Column<int>(type: "INTEGER", nullable: false),
                    Hands = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PhotoFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliberation_question_supports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deliberation_question_supports_deliberation_questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "deliberation_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_deliberation_question_supports_residents_residents_ResidentId",
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
