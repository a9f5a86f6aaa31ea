using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linli.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_access_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_access_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TextKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SentTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_regions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    ExclusiveArea = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_regions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_regions_platform_regions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PhoneLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisabledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "residents_care_settings",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    LivingAloneAlertDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_care_settings", x => x.CommunityId);
                });

            migrationBuilder.CreateTable(
                name: "residents_community_tags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_community_tags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "activities_series",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_series", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_series_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities_spaces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    BufferMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxBookingMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    BookAheadDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentsMayBook = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_spaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_spaces_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "points_catalog",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PointsCost = table.Column<int>(type: "INTEGER", nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    Donor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_catalog", x => x.Id);
                    table.CheckConstraint("CK_points_catalog_cost", "\"PointsCost\" > 0");
                    table.CheckConstraint("CK_points_catalog_stock", "\"Stock\" >= 0");
                    table.ForeignKey(
                        name: "FK_points_catalog_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
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
                name: "points_transactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReversesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_transactions", x => x.Id);
                    table.CheckConstraint("CK_points_transactions_points", "\"Points\" > 0");
                    table.ForeignKey(
                        name: "FK_points_transactions_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_transactions_points_transactions_ReversesId",
                        column: x => x.ReversesId,
                        principalTable: "points_transactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reading_books",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Isbn = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_books", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_books_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reading_rules",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    LoanDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxRenewals = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxLoans = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldDays = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ThirdReminderDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_rules", x => x.CommunityId);
                    table.ForeignKey(
                        name: "FK_reading_rules_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_households",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_households", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_households_platform_regions_UnitId",
                        column: x => x.UnitId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveys_surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Respondents = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OncePer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetCount = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetRegionId = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetTag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CopiedFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_regions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_regions", x => new { x.UserId, x.RegionId });
                    table.ForeignKey(
                        name: "FK_platform_user_regions_platform_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_platform_user_regions_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_sessions_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BlockedUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: true),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_bookings", x => x.Id);
                    table.CheckConstraint("CK_activities_bookings_order", "\"EndsAt\" > \"StartsAt\"");
                    table.ForeignKey(
                        name: "FK_activities_bookings_activities_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "activities_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_space_closures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_space_closures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_space_closures_activities_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "activities_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_space_openings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_space_openings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_space_openings_activities_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "activities_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reading_copies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Barcode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_copies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_copies_reading_books_BookId",
                        column: x => x.BookId,
                        principalTable: "reading_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_residents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", nullable: true),
                    IdNumberLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneTail = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    RelationToHead = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MovedInOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_residents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_residents_platform_regions_UnitId",
                        column: x => x.UnitId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_residents_residents_residents_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "residents_households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveys_needs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: true),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowOther = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxChoices = table.Column<int>(type: "INTEGER", nullable: true),
                    Min = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Max = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    ShowIfKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    OptionsEn = table.Column<string>(type: "TEXT", nullable: false),
                    Rows = table.Column<string>(type: "TEXT", nullable: false),
                    ShowIfValues = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "surveys_themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                name: "activities_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedInCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignUpOpensAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignUpClosesAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AllowsWalkIns = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EligibleTag = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CheckInCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_activities", x => x.Id);
                    table.CheckConstraint("CK_activities_seats", "\"ConfirmedCount\" >= 0 AND \"ConfirmedCount\" <= \"Capacity\"");
                    table.ForeignKey(
                        name: "FK_activities_activities_activities_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "activities_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_activities_activities_activities_series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "activities_series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_activities_activities_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "points_accounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Balance = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_accounts", x => x.Id);
                    table.CheckConstraint("CK_points_accounts_balance", "\"Kind\" <> 'Resident' OR \"Balance\" >= 0");
                    table.ForeignKey(
                        name: "FK_points_accounts_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_accounts_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "points_redemptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickedUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PickedUpBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_redemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_points_redemptions_points_catalog_CatalogItemId",
                        column: x => x.CatalogItemId,
                        principalTable: "points_catalog",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_redemptions_points_transactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "points_transactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_redemptions_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "reading_holds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CopyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReadyUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_holds_reading_books_BookId",
                        column: x => x.BookId,
                        principalTable: "reading_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reading_holds_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reading_loans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CopyId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    BorrowerId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<int>(type: "INTEGER", nullable: true),
                    LoanedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Renewals = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReminderAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_loans", x => x.Id);
                    table.CheckConstraint("CK_reading_loans_reminders", "\"RemindersSent\" BETWEEN 0 AND 3");
                    table.ForeignKey(
                        name: "FK_reading_loans_reading_copies_CopyId",
                        column: x => x.CopyId,
                        principalTable: "reading_copies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reading_loans_residents_residents_BorrowerId",
                        column: x => x.BorrowerId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents_accounts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_accounts", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_residents_accounts_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_residents_accounts_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_care_flags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_care_flags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_care_flags_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_corrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Requested = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_corrections_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_guardianships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_guardianships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_guardianships_residents_residents_ChildId",
                        column: x => x.ChildId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_residents_guardianships_residents_residents_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents_service_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_service_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_service_recipients_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_tags",
                columns: table => new
                {
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_tags", x => new { x.ResidentId, x.Key });
                    table.ForeignKey(
                        name: "FK_residents_tags_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "residents_unit_owners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneTail = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Share = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_unit_owners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_unit_owners_platform_regions_UnitId",
                        column: x => x.UnitId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_residents_unit_owners_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_visits_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "surveys_responses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: true),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    OnceKey = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "volunteers_volunteers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ServiceCategories = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConsentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_volunteers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_volunteers_platform_regions_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "platform_regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_volunteers_volunteers_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities_checkins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    WalkIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_checkins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_checkins_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_checkins_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_photos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_photos_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_photos_platform_files_FileId",
                        column: x => x.FileId,
                        principalTable: "platform_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities_ratings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<int>(type: "INTEGER", nullable: true),
                    Organisation = table.Column<int>(type: "INTEGER", nullable: true),
                    WouldReturn = table.Column<bool>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_ratings", x => x.Id);
                    table.CheckConstraint("CK_activities_ratings_aspects", "(\"Content\" IS NULL OR \"Content\" BETWEEN 1 AND 5) AND (\"Organisation\" IS NULL OR \"Organisation\" BETWEEN 1 AND 5)");
                    table.CheckConstraint("CK_activities_ratings_score", "\"Score\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_activities_ratings_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_ratings_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_records",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_records", x => x.ActivityId);
                    table.ForeignKey(
                        name: "FK_activities_records_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activities_registrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_registrations_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_activities_registrations_residents_residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "residents_residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "surveys_need_activities",
                columns: table => new
                {
                    NeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "points_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TransactionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_points_entries_points_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "points_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_points_entries_points_transactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "points_transactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveys_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    Row = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "volunteers_certificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordingUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_volunteers_certificates_volunteers_volunteers_VolunteerId",
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
                name: "volunteers_service_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActivityName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonInCharge = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers_service_records", x => x.Id);
                    table.CheckConstraint("CK_volunteers_service_hours", "CAST(\"Hours\" AS REAL) > 0 AND CAST(\"Hours\" AS REAL) <= 24");
                    table.ForeignKey(
                        name: "FK_volunteers_service_records_activities_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_volunteers_service_records_volunteers_volunteers_VolunteerId",
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

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_BookingId",
                table: "activities_activities",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_CommunityId_StartsAt",
                table: "activities_activities",
                columns: new[] { "CommunityId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_SeriesId",
                table: "activities_activities",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_activities_Status_StartsAt",
                table: "activities_activities",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_attendance_ResidentId",
                table: "activities_attendance",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_bookings_CommunityId_Status_StartsAt",
                table: "activities_bookings",
                columns: new[] { "CommunityId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_bookings_ResidentId_EndsAt",
                table: "activities_bookings",
                columns: new[] { "ResidentId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_bookings_SpaceId_StartsAt",
                table: "activities_bookings",
                columns: new[] { "SpaceId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_checkins_ActivityId_ResidentId",
                table: "activities_checkins",
                columns: new[] { "ActivityId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_checkins_CommunityId_At",
                table: "activities_checkins",
                columns: new[] { "CommunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_checkins_figures",
                table: "activities_checkins",
                columns: new[] { "ActivityId", "ResidentId", "WalkIn" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_checkins_ResidentId",
                table: "activities_checkins",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_photos_ActivityId_Id",
                table: "activities_photos",
                columns: new[] { "ActivityId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_photos_FileId",
                table: "activities_photos",
                column: "FileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_ratings_ActivityId_ResidentId",
                table: "activities_ratings",
                columns: new[] { "ActivityId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_ratings_ResidentId",
                table: "activities_ratings",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_records_CommunityId",
                table: "activities_records",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_registrations_ActivityId_ResidentId",
                table: "activities_registrations",
                columns: new[] { "ActivityId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_registrations_ActivityId_Status_Id",
                table: "activities_registrations",
                columns: new[] { "ActivityId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_registrations_ResidentId",
                table: "activities_registrations",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_series_CommunityId",
                table: "activities_series",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_space_closures_SpaceId_On",
                table: "activities_space_closures",
                columns: new[] { "SpaceId", "On" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_space_openings_SpaceId_Day",
                table: "activities_space_openings",
                columns: new[] { "SpaceId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_spaces_CommunityId",
                table: "activities_spaces",
                column: "CommunityId");

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
                name: "IX_platform_access_records_At",
                table: "platform_access_records",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_records_SubjectType_SubjectId",
                table: "platform_access_records",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_Action",
                table: "platform_audit_entries",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_At",
                table: "platform_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_Sequence",
                table: "platform_audit_entries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_files_Sha256",
                table: "platform_files",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_UserId_Id",
                table: "platform_notifications",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_regions_ParentId_Code",
                table: "platform_regions",
                columns: new[] { "ParentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_regions_Path",
                table: "platform_regions",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_regions_RegionId",
                table: "platform_user_regions",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_sessions_UserId",
                table: "platform_user_sessions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_PhoneLookup",
                table: "platform_users",
                column: "PhoneLookup",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_points_accounts_CommunityId_Key",
                table: "points_accounts",
                columns: new[] { "CommunityId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_points_accounts_ResidentId",
                table: "points_accounts",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_points_catalog_CommunityId_Active",
                table: "points_catalog",
                columns: new[] { "CommunityId", "Active" });

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
                name: "IX_points_entries_AccountId_At",
                table: "points_entries",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_points_entries_statement",
                table: "points_entries",
                columns: new[] { "AccountId", "Period", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_points_entries_TransactionId",
                table: "points_entries",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_points_item_swaps_CommunityId_At",
                table: "points_item_swaps",
                columns: new[] { "CommunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_points_item_swaps_ResidentId",
                table: "points_item_swaps",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_points_redemptions_CatalogItemId",
                table: "points_redemptions",
                column: "CatalogItemId");

            migrationBuilder.CreateIndex(
                name: "IX_points_redemptions_CommunityId_Status_Id",
                table: "points_redemptions",
                columns: new[] { "CommunityId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_points_redemptions_ResidentId_Id",
                table: "points_redemptions",
                columns: new[] { "ResidentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_points_redemptions_TransactionId",
                table: "points_redemptions",
                column: "TransactionId",
                unique: true);

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
                name: "IX_points_transactions_CommunityId_CreatedAt",
                table: "points_transactions",
                columns: new[] { "CommunityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_points_transactions_CommunityId_IdempotencyKey",
                table: "points_transactions",
                columns: new[] { "CommunityId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_points_transactions_ReversesId",
                table: "points_transactions",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reading_books_CommunityId_Isbn",
                table: "reading_books",
                columns: new[] { "CommunityId", "Isbn" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_books_CommunityId_Title",
                table: "reading_books",
                columns: new[] { "CommunityId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_copies_BookId",
                table: "reading_copies",
                column: "BookId");

            migrationBuilder.CreateIndex(
                name: "IX_reading_copies_CommunityId_Barcode",
                table: "reading_copies",
                columns: new[] { "CommunityId", "Barcode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reading_holds_BookId_Status_Id",
                table: "reading_holds",
                columns: new[] { "BookId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_holds_ResidentId_Status",
                table: "reading_holds",
                columns: new[] { "ResidentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_BorrowerId_ReturnedAt",
                table: "reading_loans",
                columns: new[] { "BorrowerId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_CommunityId_LoanedOn",
                table: "reading_loans",
                columns: new[] { "CommunityId", "LoanedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_CommunityId_ReturnedAt_DueOn",
                table: "reading_loans",
                columns: new[] { "CommunityId", "ReturnedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_loans_open_copy",
                table: "reading_loans",
                column: "CopyId",
                unique: true,
                filter: "\"ReturnedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_residents_accounts_ResidentId",
                table: "residents_accounts",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_care_flags_CommunityId_KeyLookup_ResidentId",
                table: "residents_care_flags",
                columns: new[] { "CommunityId", "KeyLookup", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_care_flags_ResidentId_KeyLookup",
                table: "residents_care_flags",
                columns: new[] { "ResidentId", "KeyLookup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_community_tags_CommunityId_Name",
                table: "residents_community_tags",
                columns: new[] { "CommunityId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_corrections_CommunityId_Status",
                table: "residents_corrections",
                columns: new[] { "CommunityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_corrections_ResidentId",
                table: "residents_corrections",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_guardianships_ChildId_GuardianId",
                table: "residents_guardianships",
                columns: new[] { "ChildId", "GuardianId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_guardianships_GuardianId",
                table: "residents_guardianships",
                column: "GuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_households_CommunityId_UnitId",
                table: "residents_households",
                columns: new[] { "CommunityId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_households_UnitId",
                table: "residents_households",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_BirthDate",
                table: "residents_residents",
                columns: new[] { "CommunityId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_Id",
                table: "residents_residents",
                columns: new[] { "CommunityId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_IdNumberLookup",
                table: "residents_residents",
                columns: new[] { "CommunityId", "IdNumberLookup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_Name",
                table: "residents_residents",
                columns: new[] { "CommunityId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_CommunityId_PhoneTail",
                table: "residents_residents",
                columns: new[] { "CommunityId", "PhoneTail" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_HouseholdId",
                table: "residents_residents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_residents_UnitId",
                table: "residents_residents",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_service_recipients_CommunityId_Grade",
                table: "residents_service_recipients",
                columns: new[] { "CommunityId", "Grade" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_service_recipients_ResidentId",
                table: "residents_service_recipients",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_residents_tags_CommunityId_Key_ResidentId",
                table: "residents_tags",
                columns: new[] { "CommunityId", "Key", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_unit_owners_CommunityId_OwnerKey",
                table: "residents_unit_owners",
                columns: new[] { "CommunityId", "OwnerKey" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_unit_owners_ResidentId",
                table: "residents_unit_owners",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_unit_owners_UnitId_EndedOn",
                table: "residents_unit_owners",
                columns: new[] { "UnitId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_visits_CommunityId_On",
                table: "residents_visits",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_visits_ResidentId_On",
                table: "residents_visits",
                columns: new[] { "ResidentId", "On" });

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

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_awards_VolunteerId",
                table: "volunteers_awards",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_certificates_Number",
                table: "volunteers_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_certificates_VolunteerId",
                table: "volunteers_certificates",
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
                name: "IX_volunteers_service_records_ActivityId_VolunteerId",
                table: "volunteers_service_records",
                columns: new[] { "ActivityId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_service_records_CommunityId_Date",
                table: "volunteers_service_records",
                columns: new[] { "CommunityId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_service_records_VolunteerId_Date",
                table: "volunteers_service_records",
                columns: new[] { "VolunteerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_trainings_VolunteerId",
                table: "volunteers_trainings",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_volunteers_CommunityId",
                table: "volunteers_volunteers",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_volunteers_Number",
                table: "volunteers_volunteers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_volunteers_ResidentId",
                table: "volunteers_volunteers",
                column: "ResidentId",
                unique: true);

            SqliteRules.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_attendance");

            migrationBuilder.DropTable(
                name: "activities_checkins");

            migrationBuilder.DropTable(
                name: "activities_photos");

            migrationBuilder.DropTable(
                name: "activities_ratings");

            migrationBuilder.DropTable(
                name: "activities_records");

            migrationBuilder.DropTable(
                name: "activities_registrations");

            migrationBuilder.DropTable(
                name: "activities_space_closures");

            migrationBuilder.DropTable(
                name: "activities_space_openings");

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
                name: "platform_access_records");

            migrationBuilder.DropTable(
                name: "platform_audit_entries");

            migrationBuilder.DropTable(
                name: "platform_notifications");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_regions");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_sessions");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "points_deeds");

            migrationBuilder.DropTable(
                name: "points_entries");

            migrationBuilder.DropTable(
                name: "points_item_swaps");

            migrationBuilder.DropTable(
                name: "points_redemptions");

            migrationBuilder.DropTable(
                name: "points_threshold_rewards");

            migrationBuilder.DropTable(
                name: "reading_holds");

            migrationBuilder.DropTable(
                name: "reading_loans");

            migrationBuilder.DropTable(
                name: "reading_rules");

            migrationBuilder.DropTable(
                name: "residents_accounts");

            migrationBuilder.DropTable(
                name: "residents_care_flags");

            migrationBuilder.DropTable(
                name: "residents_care_settings");

            migrationBuilder.DropTable(
                name: "residents_community_tags");

            migrationBuilder.DropTable(
                name: "residents_corrections");

            migrationBuilder.DropTable(
                name: "residents_guardianships");

            migrationBuilder.DropTable(
                name: "residents_service_recipients");

            migrationBuilder.DropTable(
                name: "residents_tags");

            migrationBuilder.DropTable(
                name: "residents_unit_owners");

            migrationBuilder.DropTable(
                name: "residents_visits");

            migrationBuilder.DropTable(
                name: "surveys_answers");

            migrationBuilder.DropTable(
                name: "surveys_need_activities");

            migrationBuilder.DropTable(
                name: "surveys_questions");

            migrationBuilder.DropTable(
                name: "volunteers_awards");

            migrationBuilder.DropTable(
                name: "volunteers_certificates");

            migrationBuilder.DropTable(
                name: "volunteers_corrections");

            migrationBuilder.DropTable(
                name: "volunteers_evaluations");

            migrationBuilder.DropTable(
                name: "volunteers_trainings");

            migrationBuilder.DropTable(
                name: "platform_files");

            migrationBuilder.DropTable(
                name: "groups_groups");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "points_accounts");

            migrationBuilder.DropTable(
                name: "points_catalog");

            migrationBuilder.DropTable(
                name: "points_transactions");

            migrationBuilder.DropTable(
                name: "points_rules");

            migrationBuilder.DropTable(
                name: "reading_copies");

            migrationBuilder.DropTable(
                name: "surveys_responses");

            migrationBuilder.DropTable(
                name: "surveys_themes");

            migrationBuilder.DropTable(
                name: "surveys_needs");

            migrationBuilder.DropTable(
                name: "volunteers_service_records");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "reading_books");

            migrationBuilder.DropTable(
                name: "surveys_surveys");

            migrationBuilder.DropTable(
                name: "activities_activities");

            migrationBuilder.DropTable(
                name: "volunteers_volunteers");

            migrationBuilder.DropTable(
                name: "activities_bookings");

            migrationBuilder.DropTable(
                name: "activities_series");

            migrationBuilder.DropTable(
                name: "residents_residents");

            migrationBuilder.DropTable(
                name: "activities_spaces");

            migrationBuilder.DropTable(
                name: "residents_households");

            migrationBuilder.DropTable(
                name: "platform_regions");
        }
    }
}
