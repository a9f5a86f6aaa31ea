using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssemblyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assemblies_counts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssemblyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Counters = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Readers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Supervisors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedOffAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisplayUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_counts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_counts_assemblies_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "assemblies_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_counts_AssemblyId",
                table: "assemblies_counts",
                column: "AssemblyId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assemblies_counts");
        }
    }
}
