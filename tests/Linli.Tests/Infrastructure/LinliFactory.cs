using System.Net.Http.Headers;
using System.Net.Http.Json;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// A real Linli host per test class: its own data folder, its own database (SQLite, or PostgreSQL
/// when LINLI_TEST_DB=postgres), migrated at start-up exactly as in production.
/// </summary>
public class LinliFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-pass-2026";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "linli-tests", Guid.NewGuid().ToString("N"));
    public TestDatabase Database { get; }
    public LogCapture Logs { get; } = new();
    private readonly bool ownsDatabase;

    public LinliFactory() : this(null) { }

    /// <summary>A host of its own, or a second host on another host's database (<see cref="TwoHosts"/>).</summary>
    protected LinliFactory(TestDatabase? shared)
    {
        Database = shared ?? TestDatabase.Create(StartsMigrated);
        ownsDatabase = shared is null;
        if (ownsDatabase && StartsMigrated && Database.Provider == "Sqlite") MigratedTemplate.CopySqliteTo(DataDirectory);
    }

    /// <summary>Whether the host starts on a database already at the current schema; only the migrations' own tests start empty.</summary>
    protected virtual bool StartsMigrated => true;

    /// <summary>Extra settings a test class needs (key rotation, demo data...).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Linli:DataDirectory", DataDirectory);
        builder.UseSetting("Linli:Admin:Password", AdminPassword);
        builder.UseSetting("Linli:Provider", Database.Provider);
        // The hourly jobs (reminders) would race the tests that send reminders on purpose; ReminderJobTests turns them on.
        builder.UseSetting("Linli:Jobs:IntervalMinutes", "0");
        // Every client of a test class signs in from the same "address"; SignInTests puts the real limit back.
        builder.UseSetting("Linli:SignIn:AttemptsPerMinute", "100000");
        if (Database.ConnectionString is { } connectionString) builder.UseSetting("ConnectionStrings:Linli", connectionString);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }

    /// <summary>An API client holding a bearer token for the user.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> AdminAsync() => ClientForAsync("admin", AdminPassword);

    /// <summary>Runs code against the database as the system (no scope filter), for arranging and inspecting.</summary>
    public async Task<T> WithDbAsync<T>(Func<LinliDb, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().ActAsSystem();
        return await action(scope.ServiceProvider.GetRequiredService<LinliDb>());
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessScope>().ActAsSystem();
        await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        if (ownsDatabase) Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    private sealed record TokenBody(string AccessToken, string TokenType, int ExpiresIn);
}
