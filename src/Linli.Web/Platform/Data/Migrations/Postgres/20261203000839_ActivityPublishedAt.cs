using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActivityPublishedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "activities_activities",
                type: "timestamp with time zone",
                nullable: true);

            // Activities announced before the column existed were announced when created (the closest record there is);
            // a cancelled one stays unknown, so it is left out of the calendar feed rather than guessed.
            migrationBuilder.Sql("""UPDATE activities_activities SET "PublishedAt" = "CreatedAt" WHERE "Status" IN ('Published', 'Finished');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "activities_activities");
        }
    }
}
