using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assemblies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assemblies_assemblies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    CompoundId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NoticedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TotalOwners = table.Column<int>(type: "integer", nullable: false),
                    TotalAreaHundredths = table.Column<long>(type: "bigint", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_assemblies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_assemblies_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assemblies_assemblies_platform_regions_CompoundId",
                        column: x => x.CompoundId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssemblyId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Matter = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_items_assemblies_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "assemblies_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_roll_voters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssemblyId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AreaHundredths = table.Column<long>(type: "bigint", nullable: false),
                    ResidentIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_roll_voters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_roll_voters_assemblies_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "assemblies_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_ballots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssemblyId = table.Column<int>(type: "integer", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    VoterId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Receipt = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_ballots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_ballots_assemblies_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "assemblies_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assemblies_ballots_assemblies_roll_voters_VoterId",
                        column: x => x.VoterId,
                        principalTable: "assemblies_roll_voters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_roll_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VoterId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AreaHundredths = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_roll_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_roll_units_assemblies_roll_voters_VoterId",
                        column: x => x.VoterId,
                        principalTable: "assemblies_roll_voters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assemblies_roll_units_platform_regions_UnitId",
                        column: x => x.UnitId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assemblies_ballot_choices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BallotId = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Choice = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assemblies_ballot_choices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assemblies_ballot_choices_assemblies_ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "assemblies_ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assemblies_ballot_choices_assemblies_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "assemblies_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_assemblies_CommunityId",
                table: "assemblies_assemblies",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_assemblies_CompoundId_OpensAt",
                table: "assemblies_assemblies",
                columns: new[] { "CompoundId", "OpensAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballot_choices_BallotId_ItemId",
                table: "assemblies_ballot_choices",
                columns: new[] { "BallotId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballot_choices_ItemId",
                table: "assemblies_ballot_choices",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballots_AssemblyId_VoterId",
                table: "assemblies_ballots",
                columns: new[] { "AssemblyId", "VoterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballots_Receipt",
                table: "assemblies_ballots",
                column: "Receipt",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_ballots_VoterId",
                table: "assemblies_ballots",
                column: "VoterId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_items_AssemblyId_Position",
                table: "assemblies_items",
                columns: new[] { "AssemblyId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_roll_units_UnitId",
                table: "assemblies_roll_units",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_roll_units_VoterId",
                table: "assemblies_roll_units",
                column: "VoterId");

            migrationBuilder.CreateIndex(
                name: "IX_assemblies_roll_voters_AssemblyId",
                table: "assemblies_roll_voters",
                column: "AssemblyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assemblies_ballot_choices");

            migrationBuilder.DropTable(
                name: "assemblies_roll_units");

            migrationBuilder.DropTable(
                name: "assemblies_ballots");

            migrationBuilder.DropTable(
                name: "assemblies_items");

            migrationBuilder.DropTable(
                name: "assemblies_roll_voters");

            migrationBuilder.DropTable(
                name: "assemblies_assemblies");
        }
    }
}
