using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GroupsAndEarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActivityId",
                table: "volunteers_service_records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "groups_groups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LeaderUserId = table.Column<string>(type: "TEXT", nullable: true),
                    FoundedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_groups_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_groups_groups_platform_users_LeaderUserId",
                        column: x => x.LeaderUserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "points_deeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_deeds", x => x.Id);
                    table.CheckConstraint("CK_points_deeds_quantity", "\"Quantity\" >= 1");
                    table.ForeignKey(
                        name: "FK_points_deeds_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "points_item_swaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Given = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Received = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_item_swaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_points_item_swaps_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_item_swaps_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "points_rules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Deed = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: true),
                    Reward = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_points_rules_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_awards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AwardingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_awards_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_corrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceRecordId = table.Column<int>(type: "INTEGER", nullable: true),
                    Request = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_corrections_volunteers_service_records_ServiceRecordId",
                        column: x => x.ServiceRecordId,
                        principalTable: "volunteers_service_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_volunteers_corrections_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EvaluatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_evaluations_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteers_trainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_trainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_trainings_volunteers_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers_volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "groups_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_activities_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_groups_activities_groups_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "groups_documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_documents_groups_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_groups_documents_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "groups_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_members_groups_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_groups_members_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "groups_supervision_notes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups_supervision_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_supervision_notes_groups_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "groups_trainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups_trainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_groups_trainings_groups_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "groups_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "points_threshold_rewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Reward = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandedOutAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandedOutBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_threshold_rewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_points_threshold_rewards_points_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "points_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_threshold_rewards_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_service_records_ActivityId_VolunteerId",
                table: "volunteers_service_records",
                columns: new[] { "ActivityId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_groups_activities_ActivityId",
                table: "groups_activities",
                column: "ActivityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_groups_activities_GroupId",
                table: "groups_activities",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_documents_FileId",
                table: "groups_documents",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_documents_GroupId",
                table: "groups_documents",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_groups_CommunityId_Name",
                table: "groups_groups",
                columns: new[] { "CommunityId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_groups_groups_LeaderUserId",
                table: "groups_groups",
                column: "LeaderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_members_GroupId_ResidentId",
                table: "groups_members",
                columns: new[] { "GroupId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_groups_members_ResidentId",
                table: "groups_members",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_groups_supervision_notes_GroupId_Date",
                table: "groups_supervision_notes",
                columns: new[] { "GroupId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_groups_trainings_GroupId_Date",
                table: "groups_trainings",
                columns: new[] { "GroupId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_points_deeds_CommunityId_IdempotencyKey",
                table: "points_deeds",
                columns: new[] { "CommunityId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_points_deeds_CommunityId_ResidentId_WeekOf_Name",
                table: "points_deeds",
                columns: new[] { "CommunityId", "ResidentId", "WeekOf", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_points_deeds_CommunityId_WeekOf",
                table: "points_deeds",
                columns: new[] { "CommunityId", "WeekOf" });

            migrationBuilder.CreateIndex(
                name: "IX_points_deeds_ResidentId",
                table: "points_deeds",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_points_item_swaps_CommunityId_At",
                table: "points_item_swaps",
                columns: new[] { "CommunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_points_item_swaps_ResidentId",
                table: "points_item_swaps",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_points_rules_CommunityId_Active",
                table: "points_rules",
                columns: new[] { "CommunityId", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_points_threshold_rewards_CommunityId_HandedOutAt",
                table: "points_threshold_rewards",
                columns: new[] { "CommunityId", "HandedOutAt" });

            migrationBuilder.CreateIndex(
                name: "IX_points_threshold_rewards_ResidentId",
                table: "points_threshold_rewards",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_points_threshold_rewards_RuleId_ResidentId_WeekOf",
                table: "points_threshold_rewards",
                columns: new[] { "RuleId", "ResidentId", "WeekOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_awards_VolunteerId",
                table: "volunteers_awards",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_corrections_CommunityId_State",
                table: "volunteers_corrections",
                columns: new[] { "CommunityId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_corrections_ServiceRecordId",
                table: "volunteers_corrections",
                column: "ServiceRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_corrections_VolunteerId",
                table: "volunteers_corrections",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_evaluations_VolunteerId",
                table: "volunteers_evaluations",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_trainings_VolunteerId",
                table: "volunteers_trainings",
                column: "VolunteerId");

            migrationBuilder.AddForeignKey(
                name: "FK_volunteers_service_records_activities_activities_ActivityId",
                table: "volunteers_service_records",
                column: "ActivityId",
                principalTable: "activities_activities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_volunteers_service_records_activities_activities_ActivityId",
                table: "volunteers_service_records");

            migrationBuilder.DropTable(
                name: "groups_activities");

            migrationBuilder.DropTable(
                name: "groups_documents");

            migrationBuilder.DropTable(
                name: "groups_members");

            migrationBuilder.DropTable(
                name: "groups_supervision_notes");

            migrationBuilder.DropTable(
                name: "groups_trainings");

            migrationBuilder.DropTable(
                name: "points_deeds");

            migrationBuilder.DropTable(
                name: "points_item_swaps");

            migrationBuilder.DropTable(
                name: "points_threshold_rewards");

            migrationBuilder.DropTable(
                name: "volunteers_awards");

            migrationBuilder.DropTable(
                name: "volunteers_corrections");

            migrationBuilder.DropTable(
                name: "volunteers_evaluations");

            migrationBuilder.DropTable(
                name: "volunteers_trainings");

            migrationBuilder.DropTable(
                name: "groups_groups");

            migrationBuilder.DropTable(
                name: "points_rules");

            migrationBuilder.DropIndex(
                name: "IX_volunteers_service_records_ActivityId_VolunteerId",
                table: "volunteers_service_records");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "volunteers_service_records");
        }
    }
}
