using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Assemblies;
using Linli.Web.Modules.Contests;
using Linli.Web.Modules.Dashboards;
using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Disclosure;
using Linli.Web.Modules.Care;
using Linli.Web.Modules.Grants;
using Linli.Web.Modules.Stations;
using Linli.Web.Modules.Stewards;
using Linli.Web.Modules.Partners;
using Linli.Web.Modules.Mediation;
using Linli.Web.Modules.MicroRenewal;
using Linli.Web.Modules.Groups;
using Linli.Web.Modules.Points;
using Linli.Web.Modules.Volunteers;
using Linli.Web.Modules.ReadingRoom;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys;
using Linli.Web.Platform;
using Linli.Web.Platform.Hosting;
using Linli.Web.Platform.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Linli's own services, built as Program.cs builds them, on a throwaway SQLite file or PostgreSQL
/// database; each call runs in a fresh DI scope acting as a given user, as one request would.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;
    private readonly string? postgresDatabase;
    private readonly string? postgresServer;

    private BenchHost(WebApplication app, string folder, string? postgresServer, string? postgresDatabase)
    {
        this.app = app;
        this.folder = folder;
        this.postgresServer = postgresServer;
        this.postgresDatabase = postgresDatabase;
    }

    public bool IsPostgres => postgresDatabase is not null;

    public string ConnectionString { get; private init; } = "";

    /// <summary>The data folder, in the temp folder; deleted with the host.</summary>
    public string Folder => folder;

    /// <summary>The address Kestrel listens on when started with <c>http: true</c>.</summary>
    public Uri? BaseAddress { get; private init; }

    /// <summary>
    /// With <paramref name="http"/>, the whole app (every module, the endpoints) listens on a loopback port, as `dotnet run` would;
    /// <paramref name="settings"/> adds configuration (the field keys other hosts on the same database share).
    /// </summary>
    public static async Task<BenchHost> StartAsync(string? postgresServer, bool http = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "linli-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = postgresServer is null ? null : "linli_bench_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = postgresServer is null
            ? $"Data Source={Path.Combine(folder, "linli.db")}"
            : new NpgsqlConnectionStringBuilder(postgresServer) { Database = database }.ConnectionString;
        // Named as the web app, so the pages' static-assets manifest copied beside the benchmark is found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = HostArguments.WithoutConfigWatching([]), ContentRootPath = folder, EnvironmentName = "Production", ApplicationName = "Linli.Web" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Linli:DataDirectory"] = folder,
            ["Linli:Provider"] = postgresServer is null ? "Sqlite" : "Postgres",
            ["Linli:Admin:Password"] = "Bench@2026-not-secret",
            ["ConnectionStrings:Linli"] = connectionString,
            ["Linli:Jobs:IntervalMinutes"] = "0",
            ["urls"] = "http://127.0.0.1:0",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddPlatform();
        builder.AddResidents();
        builder.AddActivities();
        builder.AddReadingRoom();
        builder.AddPoints();
        builder.AddVolunteers();
        builder.AddGroups();
        builder.AddSurveys();
        builder.AddAssemblies();
        builder.AddContests();
        builder.AddDisclosure();
        builder.AddDeliberation();
        builder.AddMediation();
        builder.AddCare();
        builder.AddPartners();
        builder.AddGrants();
        builder.AddStations();
        builder.AddStewards();
        builder.AddMicroRenewal();
        builder.AddDashboards();
        var app = builder.Build();
        await app.InitializeDatabaseAsync();
        if (!http) return new BenchHost(app, folder, postgresServer, database) { ConnectionString = connectionString };
        app.UsePlatform();
        app.MapPlatform();
        app.MapResidents();
        app.MapActivities();
        app.MapReadingRoom();
        app.MapPoints();
        app.MapVolunteers();
        app.MapGroups();
        app.MapSurveys();
        app.MapAssemblies();
        app.MapContests();
        app.MapDisclosure();
        app.MapDeliberation();
        app.MapMediation();
        app.MapCare();
        app.MapPartners();
        app.MapGrants();
        app.MapStations();
        app.MapStewards();
        app.MapMicroRenewal();
        app.MapDashboards();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        return new BenchHost(app, folder, postgresServer, database) { ConnectionString = connectionString, BaseAddress = new Uri(address) };
    }

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="work"/> in a new scope as the given user, like one request.</summary>
    public async Task<TResult> AsUserAsync<TResult>(BenchUser user, Func<IServiceProvider, Task<TResult>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().ActAs(user.Name, user.Name, seesAll: false, user.RegionPaths, user.CommunityIds);
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="work"/> in a new scope that sees everything, as a start-up job does.</summary>
    public async Task<TResult> AsSystemAsync<TResult>(Func<IServiceProvider, Task<TResult>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().ActAsSystem();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        if (BaseAddress is not null) await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>A staff member for the benchmark: the region subtrees and communities they are assigned to.</summary>
internal sealed record BenchUser(string Name, string[] RegionPaths, int[] CommunityIds);
