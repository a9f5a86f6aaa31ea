using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BallotPapers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CollectedBy",
                table: "assemblies_ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProxyDocumentFileId",
                table: "assemblies_ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProxyName",
                table: "assemblies_ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ScanFileId",
                table: "assemblies_ballots",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CollectedBy",
                table: "assemblies_ballots");

            migrationBuilder.DropColumn(
                name: "ProxyDocumentFileId",
                table: "assemblies_ballots");

            migrationBuilder.DropColumn(
                name: "ProxyName",
                table: "assemblies_ballots");

            migrationBuilder.DropColumn(
                name: "ScanFileId",
                table: "assemblies_ballots");
        }
    }
}
