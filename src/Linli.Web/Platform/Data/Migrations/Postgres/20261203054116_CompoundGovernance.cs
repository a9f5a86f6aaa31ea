using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompoundGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ProxyName",
                table: "assemblies_ballots",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CollectedBy",
                table: "assemblies_ballots",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CovenantClause",
                table: "assemblies_assemblies",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NonVotersFollowMajority",
                table: "assemblies_assemblies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ParkingCounted",
                table: "assemblies_assemblies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "assemblies_committee_terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    CompoundId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ElectedByAssemblyId = table.Column<int>(type: "integer", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FiledWith = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HandedOverOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandoverNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_committee_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_committee_terms_assemblies_assemblies_ElectedByA~",
                        column: x => x.ElectedByAssemblyId,
                        principalTable: "assemblies_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assemblies_committee_terms_platform_regions_CompoundId",
                        column: x => x.CompoundId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_compound_rules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompoundId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    ParkingCounts = table.Column<bool>(type: "boolean", nullable: false),
                    NonVotersFollowMajority = table.Column<bool>(type: "boolean", nullable: false),
                    CovenantClause = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_compound_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_compound_rules_platform_regions_CompoundId",
                        column: x => x.CompoundId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_founding_documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    CompoundId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AdoptedByAssemblyId = table.Column<int>(type: "integer", nullable: true),
                    AdoptedByItemId = table.Column<int>(type: "integer", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FileId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_founding_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_founding_documents_assemblies_assemblies_Adopted~",
                        column: x => x.AdoptedByAssemblyId,
                        principalTable: "assemblies_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assemblies_founding_documents_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assemblies_founding_documents_platform_regions_CompoundId",
                        column: x => x.CompoundId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_committee_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TermId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_committee_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_committee_members_assemblies_committee_terms_Ter~",
                        column: x => x.TermId,
                        principalTable: "assemblies_committee_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assemblies_committee_members_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballots_ProxyDocumentFileId",
                table: "assemblies_ballots",
                column: "ProxyDocumentFileId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballots_ScanFileId",
                table: "assemblies_ballots",
                column: "ScanFileId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_committee_members_ResidentId",
                table: "assemblies_committee_members",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_committee_members_TermId",
                table: "assemblies_committee_members",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_committee_terms_CompoundId_Number",
                table: "assemblies_committee_terms",
                columns: new[] { "CompoundId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_committee_terms_ElectedByAssemblyId",
                table: "assemblies_committee_terms",
                column: "ElectedByAssemblyId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_compound_rules_CompoundId",
                table: "assemblies_compound_rules",
                column: "CompoundId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_founding_documents_AdoptedByAssemblyId",
                table: "assemblies_founding_documents",
                column: "AdoptedByAssemblyId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_founding_documents_CompoundId_Kind_Version",
                table: "assemblies_founding_documents",
                columns: new[] { "CompoundId", "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_founding_documents_FileId",
                table: "assemblies_founding_documents",
                column: "FileId");

            migrationBuilder.AddForeignKey(
                name: "FK_assemblies_ballots_platform_files_ProxyDocumentFileId",
                table: "assemblies_ballots",
                column: "ProxyDocumentFileId",
                principalTable: "platform_files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_assemblies_ballots_platform_files_ScanFileId",
                table: "assemblies_ballots",
                column: "ScanFileId",
                principalTable: "platform_files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_assemblies_ballots_platform_files_ProxyDocumentFileId",
                table: "assemblies_ballots");

            migrationBuilder.DropForeignKey(
                name: "FK_assemblies_ballots_platform_files_ScanFileId",
                table: "assemblies_ballots");

            migrationBuilder.DropTable(
                name: "assemblies_committee_members");

            migrationBuilder.DropTable(
                name: "assemblies_compound_rules");

            migrationBuilder.DropTable(
                name: "assemblies_founding_documents");

            migrationBuilder.DropTable(
                name: "assemblies_committee_terms");

            migrationBuilder.DropIndex(
                name: "IX_assemblies_ballots_ProxyDocumentFileId",
                table: "assemblies_ballots");

            migrationBuilder.DropIndex(
                name: "IX_assemblies_ballots_ScanFileId",
                table: "assemblies_ballots");

            migrationBuilder.DropColumn(
                name: "CovenantClause",
                table: "assemblies_assemblies");

            migrationBuilder.DropColumn(
                name: "NonVotersFollowMajority",
                table: "assemblies_assemblies");

            migrationBuilder.DropColumn(
                name: "ParkingCounted",
                table: "assemblies_assemblies");

            migrationBuilder.AlterColumn<string>(
                name: "ProxyName",
                table: "assemblies_ballots",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CollectedBy",
                table: "assemblies_ballots",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50,
                oldNullable: true);
        }
    }
}
