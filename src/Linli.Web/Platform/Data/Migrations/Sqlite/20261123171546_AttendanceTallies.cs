using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttendanceTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CheckedInCount",
                table: "activities_activities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "activities_attendance",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonTimes = table.Column<int>(type: "INTEGER", nullable: false),
                    WalkIns = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_attendance", x => new { x.CommunityId, x.Year, x.Month, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_activities_attendance_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_activities_attendance_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_attendance_ResidentId",
                table: "activities_attendance",
                column: "ResidentId");

            // What the check-ins so far add up to: each activity's count, and every resident's tallies by China-time year and month.
            migrationBuilder.Sql("""
                UPDATE activities_activities SET "CheckedInCount" = (SELECT COUNT(*) FROM activities_checkins c WHERE c."ActivityId" = activities_activities."Id");
                """);
            var month = "CAST(strftime('%m', a.\"StartsAt\", '+8 hours') AS INTEGER)";
            foreach (var (tallied, groupedBy) in new[] { ("0", ""), (month, month + ", ") })
                migrationBuilder.Sql($"""
                    INSERT INTO activities_attendance ("CommunityId", "Year", "Month", "ResidentId", "PersonTimes", "WalkIns")
                    SELECT a."CommunityId", CAST(strftime('%Y', a."StartsAt", '+8 hours') AS INTEGER), {tallied}, c."ResidentId", COUNT(*), SUM(CASE WHEN c."WalkIn" THEN 1 ELSE 0 END)
                    FROM activities_checkins c JOIN activities_activities a ON a."Id" = c."ActivityId"
                    WHERE a."Status" <> 'Cancelled'
                    GROUP BY a."CommunityId", CAST(strftime('%Y', a."StartsAt", '+8 hours') AS INTEGER), {groupedBy}c."ResidentId";
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_attendance");

            migrationBuilder.DropColumn(
                name: "CheckedInCount",
                table: "activities_activities");
        }
    }
}
