using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Assemblies;
using Linli.Web.Modules.Contests;
using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Disclosure;
using Linli.Web.Modules.Care;
using Linli.Web.Modules.Mediation;
using Linli.Web.Modules.MicroRenewal;
using Linli.Web.Modules.Partners;
using Linli.Web.Modules.Grants;
using Linli.Web.Modules.Stations;
using Linli.Web.Modules.Stewards;
using Linli.Web.Modules.Dashboards;
using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Points;
using Linli.Web.Modules.ReadingRoom;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys;
using Linli.Web.Modules.Volunteers;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Notifications;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Data;

/// <summary>
/// The one DbContext. Each module contributes its configuration; scoping filters are applied here,
/// once, so no query can forget them. Provider-specific subclasses exist only to keep one migrations
/// set per provider (see docs/decisions/0001-migrations.md).
/// </summary>
public abstract class LinliDb(DbContextOptions options, AccessScope scope, FieldEncryptor encryptor)
    : IdentityDbContext<LinliUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<RegionNode> Regions => Set<RegionNode>();
    public DbSet<UserRegion> UserRegions => Set<UserRegion>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AccessRecord> AccessRecords => Set<AccessRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal FieldEncryptor Encryptor => encryptor;

    // Read by the query filters; EF evaluates these per query on the current context instance.
    internal bool ScopeSeesAll => scope.SeesAll;
    internal string[] ScopeRegionPaths => scope.RegionPaths;
    internal int[] ScopeCommunityIds => scope.CommunityIds;
    internal bool ScopeIsResident => scope.IsResident;
    internal int?[] ScopeResidentIds => scope.ResidentIdsForFilter;
    internal int[] ScopeAncestorRegionIds => scope.AncestorRegionIds;
    internal int[] ScopeOrganizationIds => scope.OrganizationIds;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcNullableDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureIdentity();
        builder.ConfigureRegions(this);
        builder.ConfigureAudit();
        builder.ConfigurePrivacy();
        builder.ConfigureDataProtectionKeys();
        builder.ConfigureNotifications();
        builder.ConfigureFiles();
        builder.ConfigureResidents(Database.IsNpgsql());
        builder.ConfigureActivities();
        builder.ConfigureReadingRoom();
        builder.ConfigurePoints();
        builder.ConfigureVolunteers();
        builder.ConfigureGroups();
        builder.ConfigureSurveys();
        builder.ConfigureAssemblies();
        builder.ConfigureContests();
        builder.ConfigureDisclosure();
        builder.ConfigureDeliberation();
        builder.ConfigureMediation();
        builder.ConfigureCare();
        builder.ConfigureMicroRenewal();
        builder.ConfigurePartners();
        builder.ConfigureGrants();
        builder.ConfigureStations();
        builder.ConfigureStewards();
        builder.ConfigureDashboards();
        builder.FilterCommunityOwned(this);
        builder.EncryptSensitiveProperties(encryptor);
    }
}
